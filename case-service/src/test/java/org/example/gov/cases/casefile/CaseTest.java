package org.example.gov.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.platform.security.Actor;
import org.junit.jupiter.api.Test;

class CaseTest {

    static final Actor APPLICANT = new Actor("applicant1", "张三", Set.of("APPLICANT"), "440300", null);
    static final Actor CLERK = new Actor("clerk1", "王窗口", Set.of("CLERK"), "440300", "市政务服务数据管理局");
    static final PinnedItem ITEM = new PinnedItem("item-1", "XK-1", "食品经营许可证核发", 2, "市市场监督管理局", "440300",
            "PROMISED", 5);
    static final Instant T0 = Instant.parse("2025-09-26T01:00:00Z");

    @Test
    void aSubmittedCaseIsPinnedToTheItemVersionAndRecordsWhoSubmitted() {
        Case c = Case.submit("20250926-ABCDEFGH", "123456", ITEM, APPLICANT, "WEB", T0);

        assertThat(c.status()).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(c.item().version()).isEqualTo(2);
        assertThat(c.allowedActions()).containsExactlyInAnyOrder(CaseAction.ACCEPT, CaseAction.WITHDRAW);
        assertThat(c.newHistory()).singleElement().satisfies(h -> {
            assertThat(h.action()).isEqualTo(CaseAction.SUBMIT);
            assertThat(h.actorId()).isEqualTo("applicant1");
        });
    }

    @Test
    void acceptThenCloseRecordsTheClerkAndTheTimes() {
        Case c = Case.submit("20250926-ABCDEFGH", "123456", ITEM, APPLICANT, "WEB", T0);
        c.accept(CLERK, T0.plusSeconds(60));
        c.close(CLERK, T0.plusSeconds(120));

        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.acceptedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(c.closedAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(c.allowedActions()).isEmpty();
        assertThat(c.newHistory()).extracting(HistoryEntry::actorId).containsExactly("applicant1", "clerk1", "clerk1");
    }

    @Test
    void closingACaseThatWasNotAcceptedIsRefusedWithTheAllowedSteps() {
        Case c = Case.submit("20250926-ABCDEFGH", "123456", ITEM, APPLICANT, "WEB", T0);

        assertThatThrownBy(() -> c.close(CLERK, T0))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.state()).isEqualTo("SUBMITTED");
                    assertThat(e.attempted()).isEqualTo("close");
                    assertThat(e.allowed()).containsExactlyInAnyOrder("accept", "withdraw");
                });
        assertThat(c.status()).isEqualTo(CaseStatus.SUBMITTED);
    }

    @Test
    void aWithdrawnCaseAllowsNothingMore() {
        Case c = Case.submit("20250926-ABCDEFGH", "123456", ITEM, APPLICANT, "WEB", T0);
        c.withdraw(APPLICANT, T0.plusSeconds(5), "材料不全，重新申请");

        assertThat(c.status()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThatThrownBy(() -> c.accept(CLERK, T0.plusSeconds(6))).isInstanceOf(IllegalTransitionException.class);
    }
}
