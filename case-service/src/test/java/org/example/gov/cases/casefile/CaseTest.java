package org.example.gov.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.example.gov.calendar.ClosedDay;
import org.example.gov.calendar.RegionalCalendars;
import org.example.gov.cases.support.TestCalendars;
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

    static final RegionalCalendars OFFICIAL = TestCalendars.OFFICIAL;

    static Act on(LocalDate day, Actor actor, String role) {
        return on(day, actor, role, OFFICIAL);
    }

    static Act on(LocalDate day, Actor actor, String role, RegionalCalendars calendars) {
        Instant at = ZonedDateTime.of(day, LocalTime.of(10, 0), Act.ZONE).toInstant();
        return new Act(actor, role, "市民中心 A区 12号窗口", at, calendars);
    }

    static Case online(PinnedItem item, LocalDate day) {
        return online(item, day, OFFICIAL);
    }

    static Case online(PinnedItem item, LocalDate day, RegionalCalendars calendars) {
        return Case.submit("20250926-ABCDEFGH", "123456", item, Applicant.legacy("applicant1", "张三"), Origin.online(Origin.Channel.WEB),
                on(day, APPLICANT, "APPLICANT", calendars), null);
    }

    static Case acceptedOn(PinnedItem item, LocalDate day) {
        return acceptedOn(item, day, OFFICIAL);
    }

    static Case acceptedOn(PinnedItem item, LocalDate day, RegionalCalendars calendars) {
        Case c = online(item, day, calendars);
        c.receive(on(day, CLERK, "CLERK", calendars));
        c.accept(on(day, CLERK, "CLERK", calendars));
        return c;
    }

    static Integer remaining(Case c, LocalDate today) {
        return c.remainingWorkingDays(today, OFFICIAL) == null ? null : c.remainingWorkingDays(today, OFFICIAL).days();
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
        Case c = Case.submit("20250926-ABCDEFGH", "123456", ITEM, Applicant.legacy("elder1", "赵老伯"), window, on(FRI_26_SEP, CLERK, "CLERK"),
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
        assertThat(remaining(c, FRI_26_SEP)).isEqualTo(5);
        assertThat(remaining(c, LocalDate.of(2025, 10, 9))).isEqualTo(1);
        assertThat(remaining(c, LocalDate.of(2025, 10, 13))).isEqualTo(-2);
    }

    @Test
    void anInstantItemIsDueTheSameDayWithoutACountdown() {
        Case c = acceptedOn(INSTANT, FRI_26_SEP);

        assertThat(c.deadline().instant()).isTrue();
        assertThat(c.deadline().dueDate()).isEqualTo(FRI_26_SEP);
        assertThat(remaining(c, FRI_26_SEP)).isNull();
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
        assertThat(remaining(c, LocalDate.of(2025, 10, 20)))
                .as("frozen while waiting").isEqualTo(remaining(c, LocalDate.of(2025, 9, 29)));

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
        assertThat(remaining(c, FRI_26_SEP)).isNull();
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

    // ---- a year not loaded (the official files end with 2026) --------------------------------------------------

    static final PinnedItem THIRTY_DAYS = new PinnedItem("item-30", "XK-30", "建设工程规划许可证核发", 1, "市规划和自然资源局",
            "440300", "PROMISED", 30, 30, true, 10, true);
    static final LocalDate WED_2_DEC_2026 = LocalDate.of(2026, 12, 2);

    static Act system(LocalDate day, RegionalCalendars calendars) {
        return Act.system(ZonedDateTime.of(day, LocalTime.of(3, 0), Act.ZONE).toInstant(), calendars);
    }

    @Test
    void aCaseWhoseCountRunsIntoAYearNotLoadedIsAcceptedWithAProvisionalDueDate() {
        Case c = acceptedOn(THIRTY_DAYS, WED_2_DEC_2026);

        assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(c.deadline().dueDate()).isEqualTo(LocalDate.of(2027, 1, 13)); // weekends only: 1 Jan counted as worked
        assertThat(c.deadline().dueDateProvisional()).isTrue();
        assertThat(c.hasProvisionalDates()).isTrue();
        assertThat(c.remainingWorkingDays(WED_2_DEC_2026, OFFICIAL).days()).isEqualTo(30);
        assertThat(c.remainingWorkingDays(WED_2_DEC_2026, OFFICIAL).provisional()).isTrue();
        assertThat(c.newHistory().getLast().note()).isEqualTo("due 2027-01-13 (provisional)");
    }

    @Test
    void onceTheYearIsLoadedTheDueDateIsRecountedExactlyAndTheHistorySaysSoOnce() {
        Case c = acceptedOn(THIRTY_DAYS, WED_2_DEC_2026);
        int before = c.newHistory().size();

        assertThat(c.recomputeDates(system(LocalDate.of(2026, 12, 10), OFFICIAL))).as("still the same estimate").isFalse();
        assertThat(c.newHistory()).hasSize(before);

        assertThat(c.recomputeDates(system(LocalDate.of(2026, 12, 10), TestCalendars.withTest2027()))).isTrue();

        assertThat(c.deadline().dueDate()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(c.deadline().dueDateProvisional()).isFalse();
        assertThat(c.hasProvisionalDates()).isFalse();
        assertThat(c.newHistory()).hasSize(before + 1);
        assertThat(c.newHistory().getLast()).satisfies(h -> {
            assertThat(h.action()).isEqualTo(CaseAction.RECOMPUTE_DATES);
            assertThat(h.actorId()).isEqualTo("system");
            assertThat(h.actorRole()).isEqualTo("SYSTEM");
            assertThat(h.recomputed()).isEqualTo(new RecomputedDate(RecomputedDate.Which.DEADLINE,
                    LocalDate.of(2027, 1, 13), true, LocalDate.of(2027, 1, 15), false));
        });
        assertThat(c.recomputeDates(system(LocalDate.of(2026, 12, 11), TestCalendars.withTest2027()))).isFalse();
    }

    @Test
    void aSupplementWaitedForAcrossTheNewYearIsCountedAgainWhenTheYearIsLoaded() {
        Case c = acceptedOn(THIRTY_DAYS, WED_2_DEC_2026);
        c.requestSupplement(List.of("规划设计方案"), null, on(LocalDate.of(2026, 12, 28), APPROVER, "APPROVER"));
        c.provideSupplement(on(LocalDate.of(2027, 1, 5), APPLICANT, "APPLICANT"), null);
        // (28 Dec, 5 Jan] on the estimate: 29, 30, 31 Dec, 1, 4, 5 Jan = 6 working days
        assertThat(c.deadline().pausedWorkingDays()).isEqualTo(6);
        assertThat(c.deadline().dueDate()).isEqualTo(LocalDate.of(2027, 1, 21));
        assertThat(c.deadline().dueDateProvisional()).isTrue();

        c.recomputeDates(system(LocalDate.of(2027, 1, 6), TestCalendars.withTest2027()));

        assertThat(c.deadline().pausedWorkingDays()).as("1 Jan is a holiday").isEqualTo(5);
        assertThat(c.deadline().dueDate()).isEqualTo(LocalDate.of(2027, 1, 22)); // 30 + 5 working days, 11 Jan off
        assertThat(c.deadline().dueDateProvisional()).isFalse();
    }

    @Test
    void aSpecialProcedureAcrossTheNewYearIsCountedAgainWithItsPausedDays() {
        Case c = acceptedOn(THIRTY_DAYS, WED_2_DEC_2026);
        c.startSpecialProcedure(SpecialProcedure.Type.TESTING, "送检", on(LocalDate.of(2026, 12, 28), APPROVER, "APPROVER"));
        c.endSpecialProcedure("检验合格", on(LocalDate.of(2027, 1, 5), APPROVER, "APPROVER"));
        assertThat(c.specialProcedures().getFirst().pausedWorkingDays()).isEqualTo(6);

        c.recomputeDates(system(LocalDate.of(2027, 1, 6), TestCalendars.withTest2027()));

        assertThat(c.specialProcedures().getFirst().pausedWorkingDays()).isEqualTo(5);
        assertThat(c.deadline().dueDate()).isEqualTo(LocalDate.of(2027, 1, 22));
    }

    @Test
    void aPreReviewDueDateInAYearNotLoadedIsProvisionalAndRecountedWhileTheCaseWaitsForPreReview() {
        Case c = online(THIRTY_DAYS, LocalDate.of(2026, 12, 30));
        assertThat(c.preReviewDue()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(c.preReviewDueProvisional()).isTrue();
        assertThat(c.hasProvisionalDates()).isTrue();

        assertThat(c.recomputeDates(system(LocalDate.of(2026, 12, 31), TestCalendars.withTest2027()))).isTrue();

        assertThat(c.preReviewDue()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(c.preReviewDueProvisional()).isFalse();
        assertThat(c.newHistory().getLast().recomputed().date()).isEqualTo(RecomputedDate.Which.PRE_REVIEW);
    }

    @Test
    void aClosedDayOfTheCasesRegionMovesItsDueDateAndNoOtherRegionsCase() {
        RegionalCalendars closed = TestCalendars.withClosedDays(new ClosedDay("440300", LocalDate.of(2025, 10, 10), "闭厅"));
        PinnedItem guangzhou = new PinnedItem("item-4", "XK-4", "食品经营许可证核发", 1, "市市场监督管理局", "440100",
                "PROMISED", 5, 20, true, 10, true);

        assertThat(acceptedOn(ITEM, FRI_26_SEP, closed).deadline().dueDate()).isEqualTo(LocalDate.of(2025, 10, 11));
        assertThat(acceptedOn(guangzhou, FRI_26_SEP, closed).deadline().dueDate()).isEqualTo(LocalDate.of(2025, 10, 10));
    }

    @Test
    void aPhoneOrIdNumberTypedIntoANoteIsKeptMasked() {
        HistoryEntry entry = new HistoryEntry(CaseAction.WITHDRAW, "applicant1", "张三", "APPLICANT", null, null,
                java.time.Instant.now(), "改天再办，联系 13812345678 / 440304199001011233", null);
        assertThat(entry.note()).isEqualTo("改天再办，联系 138****5678 / 440***********1233");
    }
}
