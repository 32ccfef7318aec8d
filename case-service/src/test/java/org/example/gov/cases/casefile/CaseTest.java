package org.example.gov.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.example.gov.cases.calendar.OfficialCalendar;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.platform.security.Actor;
import org.junit.jupiter.api.Test;

/** The DOMAIN.md §4 rules of a case, on the official calendar (National Day 2025 is the trap). */
class CaseTest {

    static final Actor APPLICANT = new Actor("applicant1", "张三", Set.of("APPLICANT"), "440300", null);
    static final Actor CLERK = new Actor("clerk1", "王窗口", Set.of("CLERK"), "440300", "市政务服务数据管理局");
    static final Actor APPROVER = new Actor("approver1", "李审批", Set.of("APPROVER"), "440300", "市市场监督管理局");
    static final PinnedItem ITEM = new PinnedItem("item-1", "XK-1", "食品经营许可证核发", 2, "市市场监督管理局", "440300",
            "PROMISED", 5, 20, true, 10, true);
    static final PinnedItem NO_EXTENSION = new PinnedItem("item-2", "XK-2", "户口迁移", 1, "市公安局", "440300",
            "PROMISED", 5, 20, false, null, false);
    static final PinnedItem INSTANT = new PinnedItem("item-3", "GG-3", "社会保障卡挂失", 1, "市人力资源和社会保障局",
            "440300", "INSTANT", null, 1, false, null, false);
    static final LocalDate FRI_26_SEP = LocalDate.of(2025, 9, 26);

    static Act on(LocalDate day, Actor actor, String role) {
        Instant at = ZonedDateTime.of(day, LocalTime.of(10, 0), Act.ZONE).toInstant();
        return new Act(actor, role, "市民中心 A区 12号窗口", at, OfficialCalendar.get());
    }

    static Case online(PinnedItem item, LocalDate day) {
        return Case.submit("20250926-ABCDEFGH", "123456", item, "applicant1", "张三", Origin.online(Origin.Channel.WEB),
                on(day, APPLICANT, "APPLICANT"), null);
    }

    static Case acceptedOn(PinnedItem item, LocalDate day) {
        Case c = online(item, day);
        c.receive(on(day, CLERK, "CLERK"));
        c.accept(on(day, CLERK, "CLERK"));
        return c;
    }

    @Test
    void anOnlineApplicationWaitsForPreReviewDueInTwoWorkingDays() {
        Case c = online(ITEM, FRI_26_SEP);

        assertThat(c.status()).isEqualTo(CaseStatus.PRE_REVIEW);
        assertThat(c.preReviewDue()).isEqualTo(LocalDate.of(2025, 9, 29)); // Sun 28 Sep is a working day
        assertThat(c.allowedActions()).containsExactlyInAnyOrder(CaseAction.RECEIVE, CaseAction.REQUEST_SUPPLEMENT,
                CaseAction.NOT_ACCEPT, CaseAction.WITHDRAW);
    }

    @Test
    void aWindowClerkSubmittingForAnApplicantReceivesAtOnceAndTheHistorySaysWhoDidIt() {
        Origin window = new Origin(Origin.Channel.WINDOW, "clerk1", null, null, null);
        Case c = Case.submit("20250926-ABCDEFGH", "123456", ITEM, "elder1", "赵老伯", window, on(FRI_26_SEP, CLERK, "CLERK"),
                "elder1");

        assertThat(c.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(c.receivedOn()).isEqualTo(FRI_26_SEP);
        assertThat(c.newHistory()).extracting(HistoryEntry::action).containsExactly(CaseAction.SUBMIT, CaseAction.RECEIVE);
        assertThat(c.newHistory().getFirst()).satisfies(h -> {
            assertThat(h.actorId()).isEqualTo("clerk1");
            assertThat(h.onBehalfOf()).isEqualTo("elder1");
            assertThat(h.location()).isEqualTo("市民中心 A区 12号窗口");
        });
    }

    @Test
    void acceptanceOnFriday26SeptemberWithFivePromisedDaysIsDueFriday10October() {
        Case c = acceptedOn(ITEM, FRI_26_SEP);

        assertThat(c.deadline().dueDate()).isEqualTo(LocalDate.of(2025, 10, 10));
        assertThat(c.remainingWorkingDays(FRI_26_SEP, OfficialCalendar.get())).isEqualTo(5);
        assertThat(c.remainingWorkingDays(LocalDate.of(2025, 10, 9), OfficialCalendar.get())).isEqualTo(1);
        assertThat(c.remainingWorkingDays(LocalDate.of(2025, 10, 13), OfficialCalendar.get())).isEqualTo(-2);
    }

    @Test
    void anInstantItemIsDueTheSameDayWithoutACountdown() {
        Case c = acceptedOn(INSTANT, FRI_26_SEP);

        assertThat(c.deadline().instant()).isTrue();
        assertThat(c.deadline().dueDate()).isEqualTo(FRI_26_SEP);
        assertThat(c.remainingWorkingDays(FRI_26_SEP, OfficialCalendar.get())).isNull();
    }

    @Test
    void notAcceptingNeedsWrittenReasons() {
        Case c = online(ITEM, FRI_26_SEP);

        assertThatThrownBy(() -> c.notAccept(" ", on(FRI_26_SEP, CLERK, "CLERK")))
                .isInstanceOf(BusinessRuleViolationException.class).hasMessageContaining("reasons");
        c.notAccept("不属于本机关职权范围", on(FRI_26_SEP, CLERK, "CLERK"));
        assertThat(c.status()).isEqualTo(CaseStatus.NOT_ACCEPTED);
        assertThat(c.status().isOpen()).isFalse();
    }

    @Test
    void aSupplementIsToldOnceCompletelyASecondNoticeMayNotAddMaterials() {
        Case c = online(ITEM, FRI_26_SEP);
        c.receive(on(FRI_26_SEP, CLERK, "CLERK"));
        c.requestSupplement(List.of("营业执照副本", "场所平面图"), null, on(FRI_26_SEP, CLERK, "CLERK"));
        c.provideSupplement(on(LocalDate.of(2025, 9, 29), APPLICANT, "APPLICANT"), null);
        assertThat(c.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(c.receivedOn()).isEqualTo(LocalDate.of(2025, 9, 29)); // complete only now

        assertThatThrownBy(() -> c.requestSupplement(List.of("场所平面图", "健康证明"), null, on(LocalDate.of(2025, 9, 30), CLERK, "CLERK")))
                .isInstanceOf(BusinessRuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "SUPPLEMENT_NOT_TOLD_AT_ONCE");
        assertThat(c.status()).isEqualTo(CaseStatus.RECEIVED);

        c.requestSupplement(List.of("场所平面图"), "平面图未标注面积", on(LocalDate.of(2025, 9, 30), CLERK, "CLERK"));
        assertThat(c.status()).isEqualTo(CaseStatus.SUPPLEMENT_PENDING);
    }

    @Test
    void aSupplementNoticeBeforeAcceptanceComesWithinFiveWorkingDaysOfReceipt() {
        Case c = online(ITEM, FRI_26_SEP);
        c.receive(on(FRI_26_SEP, CLERK, "CLERK"));

        // 5 working days after Fri 26 Sep is Fri 10 Oct; Sat 11 Oct (a working day) is too late
        assertThatThrownBy(() -> c.requestSupplement(List.of("营业执照副本"), null, on(LocalDate.of(2025, 10, 11), CLERK, "CLERK")))
                .isInstanceOf(BusinessRuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "SUPPLEMENT_NOTICE_TOO_LATE");
        c.requestSupplement(List.of("营业执照副本"), null, on(LocalDate.of(2025, 10, 10), CLERK, "CLERK"));
    }

    @Test
    void theClockDoesNotRunWhileTheApplicantSupplementsAfterAcceptance() {
        Case c = acceptedOn(ITEM, FRI_26_SEP);
        c.requestSupplement(List.of("检测报告"), null, on(LocalDate.of(2025, 9, 29), APPROVER, "APPROVER"));
        assertThat(c.remainingWorkingDays(LocalDate.of(2025, 10, 20), OfficialCalendar.get()))
                .as("frozen while waiting").isEqualTo(c.remainingWorkingDays(LocalDate.of(2025, 9, 29), OfficialCalendar.get()));

        c.provideSupplement(on(LocalDate.of(2025, 9, 30), APPLICANT, "APPLICANT"), null); // 1 working day waited
        assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(c.deadline().pausedWorkingDays()).isEqualTo(1);
        assertThat(c.deadline().dueDate()).isEqualTo(LocalDate.of(2025, 10, 11)); // Sat 11 Oct is a working day
    }

    @Test
    void aSpecialProcedurePausesTheClockAndMovesTheDueDateByThePausedWorkingDays() {
        Case c = acceptedOn(ITEM, FRI_26_SEP);
        c.startSpecialProcedure(SpecialProcedure.Type.EXPERT_REVIEW, "需专家评审", on(LocalDate.of(2025, 9, 29), APPROVER, "APPROVER"));
        assertThat(c.status()).isEqualTo(CaseStatus.SPECIAL_PROCEDURE);
        assertThat(c.allowedActions()).containsExactlyInAnyOrder(CaseAction.END_SPECIAL_PROCEDURE, CaseAction.WITHDRAW);

        c.endSpecialProcedure("评审通过", on(LocalDate.of(2025, 10, 10), APPROVER, "APPROVER"));

        // (29 Sep, 10 Oct] holds 30 Sep, 9 Oct, 10 Oct: 3 working days
        assertThat(c.deadline().dueDate()).isEqualTo(LocalDate.of(2025, 10, 14)); // Sat 11 Oct works, Sun 12 does not
        assertThat(c.specialProcedures()).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo(SpecialProcedure.Type.EXPERT_REVIEW);
            assertThat(p.startedOn()).isEqualTo(LocalDate.of(2025, 9, 29));
            assertThat(p.endedOn()).isEqualTo(LocalDate.of(2025, 10, 10));
            assertThat(p.result()).isEqualTo("评审通过");
            assertThat(p.pausedWorkingDays()).isEqualTo(3);
        });
        assertThat(c.status()).isEqualTo(CaseStatus.IN_REVIEW);
    }

    @Test
    void anExtensionOnlyWhereTheItemAllowsItBeforeTheDueDateOnceAndWithinItsMaximum() {
        Case refused = acceptedOn(NO_EXTENSION, FRI_26_SEP);
        assertThatThrownBy(() -> refused.extend(3, "复杂", on(LocalDate.of(2025, 10, 9), APPROVER, "APPROVER")))
                .hasFieldOrPropertyWithValue("code", "EXTENSION_NOT_ALLOWED");

        Case late = acceptedOn(ITEM, FRI_26_SEP);
        assertThatThrownBy(() -> late.extend(3, "复杂", on(LocalDate.of(2025, 10, 11), APPROVER, "APPROVER")))
                .hasFieldOrPropertyWithValue("code", "EXTENSION_AFTER_DUE_DATE");
        assertThatThrownBy(() -> late.extend(11, "复杂", on(LocalDate.of(2025, 10, 9), APPROVER, "APPROVER")))
                .hasFieldOrPropertyWithValue("code", "EXTENSION_TOO_LONG");
        assertThatThrownBy(() -> late.extend(3, "", on(LocalDate.of(2025, 10, 9), APPROVER, "APPROVER")))
                .hasFieldOrPropertyWithValue("code", "EXTENSION_REASON_REQUIRED");

        late.extend(3, "需现场核查", on(LocalDate.of(2025, 10, 10), APPROVER, "APPROVER"));
        assertThat(late.deadline().dueDate()).isEqualTo(LocalDate.of(2025, 10, 14));
        assertThatThrownBy(() -> late.extend(1, "再延", on(LocalDate.of(2025, 10, 13), APPROVER, "APPROVER")))
                .hasFieldOrPropertyWithValue("code", "ALREADY_EXTENDED");
    }

    @Test
    void aRefusalNeedsReasonsACourierDeliveryItsTrackingNumberThenTheCaseCloses() {
        Case c = acceptedOn(ITEM, FRI_26_SEP);
        c.recordReviewStep("市市场监督管理局", "材料齐全", on(FRI_26_SEP, APPROVER, "APPROVER"));
        assertThatThrownBy(() -> c.decide(Decision.Outcome.REFUSED, null, on(FRI_26_SEP, APPROVER, "APPROVER")))
                .hasFieldOrPropertyWithValue("code", "REFUSAL_REASONS_REQUIRED");
        c.decide(Decision.Outcome.REFUSED, "经营场所不符合要求", on(FRI_26_SEP, APPROVER, "APPROVER"));
        assertThat(c.allowedActions()).containsExactly(CaseAction.DELIVER);
        assertThatThrownBy(() -> c.withdraw("算了", on(FRI_26_SEP, APPLICANT, "APPLICANT")))
                .isInstanceOf(IllegalTransitionException.class);

        assertThatThrownBy(() -> c.deliver(Delivery.Method.COURIER, null, on(FRI_26_SEP, CLERK, "CLERK")))
                .hasFieldOrPropertyWithValue("code", "DELIVERY_REFERENCE_REQUIRED");
        c.deliver(Delivery.Method.COURIER, "SF1234567890", on(FRI_26_SEP, CLERK, "CLERK"));
        c.close(on(FRI_26_SEP, CLERK, "CLERK"));

        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.remainingWorkingDays(FRI_26_SEP, OfficialCalendar.get())).isNull();
        assertThat(c.newHistory()).extracting(HistoryEntry::action).containsExactly(CaseAction.SUBMIT, CaseAction.RECEIVE,
                CaseAction.ACCEPT, CaseAction.REVIEW_STEP, CaseAction.DECIDE, CaseAction.DELIVER, CaseAction.CLOSE);
    }

    @Test
    void anIllegalStepNamesTheStepsThatAreAllowed() {
        Case c = online(ITEM, FRI_26_SEP);

        assertThatThrownBy(() -> c.close(on(FRI_26_SEP, CLERK, "CLERK")))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.getMessage()).contains("close"))
                .hasFieldOrPropertyWithValue("allowed", List.of("receive", "request-supplement", "not-accept", "withdraw"));
    }
}
