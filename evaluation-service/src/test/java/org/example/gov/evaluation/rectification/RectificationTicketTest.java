package org.example.gov.evaluation.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.example.gov.calendar.OfficialSchedules;
import org.example.gov.calendar.WorkingDayCalendar;
import org.example.gov.evaluation.rectification.RectificationTicket.CallBackResult;
import org.example.gov.evaluation.rectification.RectificationTicket.Resolution;
import org.example.gov.evaluation.rectification.RectificationTicket.Satisfaction;
import org.example.gov.evaluation.rectification.RectificationTicket.Status;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.platform.security.Actor;
import org.junit.jupiter.api.Test;

class RectificationTicketTest {

    static final Instant T0 = Instant.parse("2025-09-26T02:00:00Z"); // Friday 10:00 in Beijing
    /** 5 working days after Friday 2025-09-26 on the official calendar: National Day 10-01..10-08 off. */
    static final LocalDate DUE = LocalDate.parse("2025-10-10");
    static final WorkingDayCalendar OFFICIAL = WorkingDayCalendar.of(OfficialSchedules.bundled());
    static final Actor CLERK = new Actor("clerk1", "Clerk", Set.of("CLERK"), "440300", "市市场监督管理局");
    static final Actor SUPERVISOR = new Actor("sup1", "Sup", Set.of("SUPERVISOR"), "440300", null);
    static final Actor RATER = new Actor("applicant1", "A", Set.of("APPLICANT"), "440300", null);

    static RectificationTicket open() {
        return RectificationTicket.open("rating-1", "case-1", "20250926-ABCDEFGH", 1, "applicant1", "市市场监督管理局",
                "XK-1", RectificationTicket.Origin.UNKNOWN, T0, 5, OFFICIAL);
    }

    static RectificationTicket calledBack() {
        RectificationTicket t = open();
        t.callBack(CallBackResult.CONFIRMED, "回访属实", CLERK, T0.plusSeconds(60));
        return t;
    }

    static RectificationTicket feedbackPending() {
        RectificationTicket t = calledBack();
        t.rectify("已约谈窗口人员", CLERK, T0.plusSeconds(120));
        return t;
    }

    @Test
    void aBadRatingOpensATicketForTheResponsibleDepartmentWithItsDueDate() {
        RectificationTicket t = open();
        assertThat(t.status()).isEqualTo(Status.OPEN);
        assertThat(t.department()).isEqualTo("市市场监督管理局");
        assertThat(t.dueDate()).isEqualTo(DUE);
        assertThat(t.dueDateProvisional()).isFalse();
        assertThat(t.workingDays()).isEqualTo(5);
        assertThat(t.history()).singleElement().satisfies(s -> assertThat(s.action()).isEqualTo("open"));
    }

    @Test
    void onlyABadRatingOpensATicket() {
        assertThatThrownBy(() -> RectificationTicket.open("r", "c", "n", 3, "a", "d", "i",
                RectificationTicket.Origin.UNKNOWN, T0, 5, OFFICIAL))
                .isInstanceOf(BusinessRuleViolationException.class);
    }

    @Test
    void theCallBackIsMandatoryBeforeRectifying() {
        RectificationTicket t = open();
        assertThatThrownBy(() -> t.rectify("措施", CLERK, T0))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.state()).isEqualTo("OPEN");
                    assertThat(e.allowed()).containsExactly("call-back", "appeal");
                });
        assertThat(t.status()).isEqualTo(Status.OPEN);
    }

    @Test
    void theCallBackIsMandatoryBeforeExplaining() {
        RectificationTicket t = open();
        assertThatThrownBy(() -> t.explain("无法律依据", CLERK, T0))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.allowed()).contains("call-back").doesNotContain("explain"));
    }

    @Test
    void afterTheCallBackTheDepartmentRectifiesOrExplainsAndTheRaterIsAskedForFeedback() {
        RectificationTicket rectified = feedbackPending();
        assertThat(rectified.status()).isEqualTo(Status.FEEDBACK_PENDING);
        assertThat(rectified.answer()).isEqualTo(RectificationTicket.Answer.RECTIFIED);

        RectificationTicket explained = calledBack();
        explained.explain("诉求无法律依据", CLERK, T0.plusSeconds(120));
        assertThat(explained.status()).isEqualTo(Status.FEEDBACK_PENDING);
        assertThat(explained.answer()).isEqualTo(RectificationTicket.Answer.EXPLAINED);
    }

    @Test
    void satisfiedOrBasicallySatisfiedClosesTheTicket() {
        RectificationTicket t = feedbackPending();
        t.rateSatisfaction(Satisfaction.SATISFIED, RATER, T0.plusSeconds(300));
        assertThat(t.status()).isEqualTo(Status.CLOSED);
        assertThat(t.resolution()).isEqualTo(Resolution.SATISFIED);

        RectificationTicket basically = feedbackPending();
        basically.rateSatisfaction(Satisfaction.BASICALLY_SATISFIED, RATER, T0.plusSeconds(300));
        assertThat(basically.resolution()).isEqualTo(Resolution.BASICALLY_SATISFIED);
    }

    @Test
    void unsatisfiedReopensOnceOnlyThenClosesAsUnresolved() {
        RectificationTicket t = feedbackPending();
        t.rateSatisfaction(Satisfaction.UNSATISFIED, RATER, T0.plusSeconds(300));
        assertThat(t.status()).isEqualTo(Status.IN_RECTIFICATION);
        assertThat(t.reopenCount()).isEqualTo(1);

        t.rectify("再次整改", CLERK, T0.plusSeconds(400));
        t.rateSatisfaction(Satisfaction.UNSATISFIED, RATER, T0.plusSeconds(500));
        assertThat(t.status()).isEqualTo(Status.CLOSED);
        assertThat(t.resolution()).isEqualTo(Resolution.UNRESOLVED);
        assertThat(t.reopenCount()).isEqualTo(1);
    }

    @Test
    void anUpheldAppealClosesTheTicketAndExcludesTheRatingFromTheBadRate() {
        RectificationTicket t = calledBack();
        t.appeal("恶意差评", List.of("window-video-0926.mp4"), CLERK, T0.plusSeconds(200));
        assertThat(t.status()).isEqualTo(Status.APPEALED);
        assertThat(t.excludesRatingFromBadRate()).isFalse();

        t.decideAppeal(true, "录像证实", SUPERVISOR, T0.plusSeconds(300));
        assertThat(t.status()).isEqualTo(Status.CLOSED);
        assertThat(t.resolution()).isEqualTo(Resolution.APPEAL_UPHELD);
        assertThat(t.excludesRatingFromBadRate()).isTrue();
        assertThat(t.history()).extracting(RectificationTicket.Step::action)
                .containsExactly("open", "call-back", "appeal", "appeal-decision");
    }

    @Test
    void aRejectedAppealReturnsToWhereItWasAndCannotBeRepeated() {
        RectificationTicket t = calledBack();
        t.appeal("恶意差评", List.of("evidence.pdf"), CLERK, T0.plusSeconds(200));
        t.decideAppeal(false, "证据不足", SUPERVISOR, T0.plusSeconds(300));
        assertThat(t.status()).isEqualTo(Status.IN_RECTIFICATION);
        assertThat(t.excludesRatingFromBadRate()).isFalse();
        assertThatThrownBy(() -> t.appeal("again", List.of("x"), CLERK, T0.plusSeconds(400)))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.allowed()).containsExactly("rectify", "explain"));
    }

    @Test
    void anAppealNeedsEvidence() {
        RectificationTicket t = open();
        assertThatThrownBy(() -> t.appeal("恶意", List.of(), CLERK, T0))
                .isInstanceOfSatisfying(BusinessRuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("APPEAL_EVIDENCE_REQUIRED"));
    }

    @Test
    void illegalStepsAre409sListingTheAllowedActions() {
        RectificationTicket t = feedbackPending();
        assertThatThrownBy(() -> t.callBack(CallBackResult.CONFIRMED, null, CLERK, T0))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.state()).isEqualTo("FEEDBACK_PENDING");
                    assertThat(e.attempted()).isEqualTo("call-back");
                    assertThat(e.allowed()).containsExactly("satisfaction", "appeal");
                });
        assertThatThrownBy(() -> t.decideAppeal(true, null, SUPERVISOR, T0))
                .isInstanceOf(IllegalTransitionException.class);

        t.rateSatisfaction(Satisfaction.SATISFIED, RATER, T0.plusSeconds(300));
        assertThatThrownBy(() -> t.rateSatisfaction(Satisfaction.UNSATISFIED, RATER, T0.plusSeconds(400)))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.allowed()).isEmpty());
    }

    @Test
    void everyStepIsRecordedWithWhoRoleWhenAndNote() {
        RectificationTicket t = feedbackPending();
        t.rateSatisfaction(Satisfaction.SATISFIED, RATER, T0.plusSeconds(300));
        assertThat(t.history()).extracting(RectificationTicket.Step::action)
                .containsExactly("open", "call-back", "rectify", "satisfaction");
        RectificationTicket.Step rectify = t.history().get(2);
        assertThat(rectify.actorId()).isEqualTo("clerk1");
        assertThat(rectify.role()).isEqualTo("CLERK");
        assertThat(rectify.at()).isEqualTo(T0.plusSeconds(120));
        assertThat(rectify.note()).isEqualTo("已约谈窗口人员");
        assertThat(t.history().get(3).role()).isEqualTo("APPLICANT");
    }

    @Test
    void aTicketBecomesOverdueAfterItsDueDateExactlyOnce() {
        RectificationTicket t = open();
        assertThat(t.markOverdueIfLate(DUE, T0)).isFalse(); // the due date itself is still in time
        assertThat(t.markOverdueIfLate(DUE.plusDays(1), T0)).isTrue();
        assertThat(t.markOverdueIfLate(DUE.plusDays(2), T0)).isFalse();
        assertThat(t.overdue()).isTrue();
    }

    @Test
    void anAnsweredTicketIsNotOverdue() {
        RectificationTicket t = feedbackPending();
        assertThat(t.markOverdueIfLate(DUE.plusDays(1), T0)).isFalse();
    }
}
