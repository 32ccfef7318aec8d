package org.example.gov.trading.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.example.gov.calendar.OfficialSchedules;
import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.calendar.WorkingDayCalendar;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.platform.problem.PlatformException;
import org.junit.jupiter.api.Test;

/** The tender rules of DOMAIN.md §7 on the aggregate, counted on the real 2026 calendar of working-calendar. */
class ProjectTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(OfficialSchedules.bundled());
    static final TenderPolicy POLICY = TenderPolicy.DEFAULT;
    /** Monday 2 March 2026, 10:00 Beijing time. */
    static final Instant MONDAY = Instant.parse("2026-03-02T02:00:00Z");
    /** 20 days after 2 March is Sunday 22 March: the first allowed deadline is Monday 23 March, 09:30 Beijing. */
    static final Instant DEADLINE = Instant.parse("2026-03-23T01:30:00Z");

    static Project draft(Track track, String deposit) {
        return Project.draft(new ProjectSpec("市民中心改造工程", track, ProcurementMethod.OPEN_TENDER, "tenderee1", null,
                "440304", List.of(new LotSpec("土建标段", Money.yuan("1000000.00"), Money.yuan(deposit), 90, null))),
                POLICY, "tenderee1", MONDAY);
    }

    static Project announced(Track track) {
        Project p = draft(track, "20000.00");
        p.announce(new AnnouncementSpec(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9),
                DEADLINE), POLICY, CALENDAR, MONDAY);
        return p;
    }

    static Instant beijing(String day, String time) {
        return LocalDate.parse(day).atTime(java.time.LocalTime.parse(time)).atZone(ShanghaiDate.ZONE).toInstant();
    }

    static LotId lot(Project p) {
        return p.lots().getFirst().id();
    }

    static void assertRule(Runnable step, String code) {
        assertThatThrownBy(step::run).isInstanceOf(BusinessRuleViolationException.class)
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(code));
    }

    // ------------------------------------------------------------------ creation

    @Test
    void aDepositOfTwoPointOnePercentIsRefusedNamingTheRule() {
        assertRule(() -> draft(Track.CONSTRUCTION, "21000.00"), "BID_SECURITY_ABOVE_LIMIT");
        assertThatThrownBy(() -> draft(Track.GOVERNMENT_PROCUREMENT, "21000.00")).hasMessageContaining("第33条");
    }

    @Test
    void aDepositOfExactlyTwoPercentIsAccepted() {
        assertThat(draft(Track.CONSTRUCTION, "20000.00").lots().getFirst().deposit()).isEqualTo(Money.yuan("20000.00"));
    }

    @Test
    void onlyOpenTenderIsRunForNow() {
        assertRule(() -> Project.draft(new ProjectSpec("邀请招标项目", Track.CONSTRUCTION, ProcurementMethod.INVITED_TENDER,
                "tenderee1", null, "440304", List.of(new LotSpec("一标段", Money.yuan("100.00"), Money.yuan("1.00"), 90,
                        null))), POLICY, "tenderee1", MONDAY), "PROCUREMENT_METHOD_NOT_SUPPORTED");
    }

    @Test
    void aLotWithoutDecryptionWindowTakesTheConfiguredDefault() {
        assertThat(draft(Track.CONSTRUCTION, "0.00").lots().getFirst().decryptionWindow())
                .isEqualTo(java.time.Duration.ofMinutes(30));
    }

    // ------------------------------------------------------------------ periods at the announcement

    @Test
    void constructionNeedsTwentyDaysFromIssueToDeadline() {
        Project p = draft(Track.CONSTRUCTION, "0.00");
        assertRule(() -> p.announce(new AnnouncementSpec(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 9), beijing("2026-03-20", "09:30")), POLICY, CALENDAR, MONDAY),
                "BID_DEADLINE_TOO_EARLY");
        assertThat(p.lots().getFirst().status()).isEqualTo(LotStatus.DRAFT);
    }

    @Test
    void theTwentiethDayOnASundayLetsTheDeadlineBeTheNextWorkingDayNotEarlier() {
        Project p = draft(Track.CONSTRUCTION, "0.00");
        // 22 March 2026 is a Sunday: a minimum period ending on it runs to Monday 23 March (民法典 第203条)
        assertRule(() -> p.announce(new AnnouncementSpec(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 9), beijing("2026-03-22", "09:30")), POLICY, CALENDAR, MONDAY),
                "BID_DEADLINE_TOO_EARLY");
        List<TenderEvent> events = p.announce(new AnnouncementSpec(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 9), DEADLINE), POLICY, CALENDAR, MONDAY);
        assertThat(p.lots().getFirst().status()).isEqualTo(LotStatus.TENDERING);
        assertThat(events).singleElement().isInstanceOf(TenderEvent.TenderAnnounced.class);
    }

    @Test
    void constructionDocumentsAreOnSaleAtLeastFiveDays() {
        Project p = draft(Track.CONSTRUCTION, "0.00");
        assertRule(() -> p.announce(new AnnouncementSpec(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 6), DEADLINE), POLICY, CALENDAR, MONDAY), "DOCUMENT_PERIOD_TOO_SHORT");
    }

    @Test
    void procurementAnnouncementRunsFiveWorkingDays() {
        Project p = draft(Track.GOVERNMENT_PROCUREMENT, "0.00");
        assertRule(() -> p.announce(new AnnouncementSpec(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 9), DEADLINE), POLICY, CALENDAR, MONDAY), "ANNOUNCEMENT_PERIOD_TOO_SHORT");
    }

    @Test
    void procurementDocumentsAreAvailableFiveWorkingDays() {
        Project p = draft(Track.GOVERNMENT_PROCUREMENT, "0.00");
        // 5 calendar days (2 → 7 March) hold only 4 working days after 2 March
        assertRule(() -> p.announce(new AnnouncementSpec(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 7), DEADLINE), POLICY, CALENDAR, MONDAY), "DOCUMENT_PERIOD_TOO_SHORT");
    }

    @Test
    void aStricterConfiguredPeriodIsApplied() {
        TenderPolicy strict = new TenderPolicy(new PeriodRules(25, 5, false, 0, 15, 10, 3, false, 0, true),
                PeriodRules.GOVERNMENT_PROCUREMENT, POLICY.maxDepositRate(), POLICY.defaultDecryptionWindow(), 3);
        Project p = draft(Track.CONSTRUCTION, "0.00");
        assertRule(() -> p.announce(new AnnouncementSpec(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 9), DEADLINE), strict, CALENDAR, MONDAY), "BID_DEADLINE_TOO_EARLY");
    }

    @Test
    void documentsAreNotIssuedFromAPastDay() {
        Project p = draft(Track.CONSTRUCTION, "0.00");
        assertRule(() -> p.announce(new AnnouncementSpec(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 9), DEADLINE), POLICY, CALENDAR, MONDAY), "DOCUMENTS_START_IN_THE_PAST");
    }

    @Test
    void documentsAreObtainedOnlyOnTheirDaysAndBeforeTheDeadline() {
        Project p = announced(Track.CONSTRUCTION);
        assertThat(p.checkDownload(lot(p), beijing("2026-03-09", "23:59")).id()).isEqualTo(lot(p));
        assertRule(() -> p.checkDownload(lot(p), beijing("2026-03-10", "00:00")), "DOCUMENTS_NOT_AVAILABLE");
        Project draft = draft(Track.CONSTRUCTION, "0.00");
        assertThatThrownBy(() -> draft.checkDownload(lot(draft), MONDAY)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void suspensionAndCancellationStateTheirReason() {
        Project p = announced(Track.CONSTRUCTION);
        assertRule(() -> p.suspend(" ", "staff1", MONDAY), "SUSPENSION_REASON_REQUIRED");
        assertRule(() -> p.cancel(null, MONDAY), "CANCELLATION_REASON_REQUIRED");
    }

    // ------------------------------------------------------------------ amendments

    @Test
    void aMaterialAmendmentTenDaysBeforeTheDeadlineMovesItToFifteenDaysAfterTheAmendment() {
        Project p = announced(Track.CONSTRUCTION);
        Instant amendedAt = beijing("2026-03-13", "15:00"); // 10 days before 23 March
        List<TenderEvent> events = p.amend("技术规格第 3.2 条修改", true, POLICY, CALENDAR, amendedAt);
        Instant moved = p.lots().getFirst().bidDeadline();
        // 13 March + 15 days = Saturday 28 March → Monday 30 March, at the same 09:30
        assertThat(moved).isEqualTo(beijing("2026-03-30", "09:30"));
        assertThat(ChronoUnit.DAYS.between(ShanghaiDate.of(amendedAt), ShanghaiDate.of(moved))).isGreaterThanOrEqualTo(15);
        assertThat(events).singleElement().isInstanceOfSatisfying(TenderEvent.TenderAmended.class, e -> {
            assertThat(e.deadlineMoved()).isTrue();
            assertThat(e.lots()).singleElement().extracting(TenderEvent.LotDeadline::bidDeadline).isEqualTo(moved);
        });
    }

    @Test
    void aMovedDeadlineThatFallsOnTheNationalDayHolidayMovesToTheNextWorkingDay() {
        Project p = draft(Track.CONSTRUCTION, "0.00");
        Instant monday = beijing("2026-08-31", "10:00");
        p.announce(new AnnouncementSpec(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 7),
                beijing("2026-09-21", "09:30")), POLICY, CALENDAR, monday);
        p.amend("工程量清单修改", true, POLICY, CALENDAR, beijing("2026-09-17", "10:00"));
        // 17 September + 15 days = 2 October, inside the 2026 National Day holiday (1-7 October) → Thursday 8 October
        assertThat(p.lots().getFirst().bidDeadline()).isEqualTo(beijing("2026-10-08", "09:30"));
    }

    @Test
    void anAmendmentThatDoesNotAffectPreparationOrComesEarlyEnoughKeepsTheDeadline() {
        Project p = announced(Track.CONSTRUCTION);
        p.amend("联系人电话更正", false, POLICY, CALENDAR, beijing("2026-03-13", "15:00"));
        p.amend("图纸补充", true, POLICY, CALENDAR, beijing("2026-03-06", "15:00"));
        assertThat(p.lots().getFirst().bidDeadline()).isEqualTo(DEADLINE);
        assertThat(p.amendments()).hasSize(2).noneMatch(Amendment::movedDeadline);
    }

    // ------------------------------------------------------------------ objections

    @Test
    void anObjectionNineDaysBeforeTheDeadlineIsRefused() {
        Project p = announced(Track.CONSTRUCTION);
        assertRule(() -> p.fileObjection("资格条件排斥潜在投标人", "sealed", POLICY, CALENDAR,
                beijing("2026-03-14", "10:00")), "OBJECTION_TOO_LATE");
        assertThat(p.openingBlocked()).isFalse();
    }

    @Test
    void anObjectionInTimePausesTheOpeningUntilAnsweredAndTheDeadlineMovesByThePause() {
        Project p = announced(Track.CONSTRUCTION);
        List<TenderEvent> filed = p.fileObjection("资格条件排斥潜在投标人", "sealed", POLICY, CALENDAR,
                beijing("2026-03-13", "10:00"));
        Objection o = p.objections().getFirst();
        assertThat(o.answerDue()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(p.openingBlocked()).isTrue();
        assertThat(p.facts(lot(p)).openingBlocked()).isTrue();
        assertRule(() -> p.deadlinePassed(lot(p), 5, POLICY, DEADLINE), "OPENING_BLOCKED");
        assertThat(filed).singleElement().isInstanceOfSatisfying(TenderEvent.ObjectionFiled.class,
                e -> assertThat(e.openingPaused()).isTrue());

        p.answerObjection(o.id(), "资格条件符合法律规定，不予修改", POLICY, CALENDAR, beijing("2026-03-15", "16:00"));
        assertThat(p.openingBlocked()).isFalse();
        // open from 13 to 15 March: the 23 March deadline moves two days, to Wednesday 25 March
        assertThat(p.lots().getFirst().bidDeadline()).isEqualTo(beijing("2026-03-25", "09:30"));
        assertThat(p.deadlinePassed(lot(p), 3, POLICY, beijing("2026-03-25", "09:30"))).isEqualTo(LotStatus.OPENING);
    }

    @Test
    void aProcurementChallengeAfterSevenWorkingDaysIsRefusedAndOneInTimeIsDueInSevenWorkingDays() {
        Project p = announced(Track.GOVERNMENT_PROCUREMENT);
        // documents available until Monday 9 March: 7 working days after it end on Wednesday 18 March
        assertRule(() -> p.fileObjection("评分标准倾向特定品牌", "sealed", POLICY, CALENDAR, beijing("2026-03-19", "10:00")),
                "CHALLENGE_TOO_LATE");
        p.fileObjection("评分标准倾向特定品牌", "sealed", POLICY, CALENDAR, beijing("2026-03-18", "10:00"));
        assertThat(p.objections().getFirst().answerDue()).isEqualTo(LocalDate.of(2026, 3, 27));
        assertThat(p.objections().getFirst().kind()).isEqualTo(Objection.ObjectionKind.CHALLENGE);
    }

    @Test
    void answeringAnAnsweredObjectionIsAConflict() {
        Project p = announced(Track.CONSTRUCTION);
        p.fileObjection("理由", "sealed", POLICY, CALENDAR, beijing("2026-03-03", "10:00"));
        UUID id = p.objections().getFirst().id();
        p.answerObjection(id, "答复", POLICY, CALENDAR, beijing("2026-03-03", "15:00"));
        assertThatThrownBy(() -> p.answerObjection(id, "再答复", POLICY, CALENDAR, beijing("2026-03-04", "15:00")))
                .isInstanceOf(IllegalTransitionException.class);
    }

    // ------------------------------------------------------------------ deadline, opening and the later stages

    @Test
    void twoBidsAtTheDeadlineFailTheLotAndThreeOpenIt() {
        Project two = announced(Track.CONSTRUCTION);
        assertThat(two.deadlinePassed(lot(two), 2, POLICY, DEADLINE)).isEqualTo(LotStatus.FAILED);
        assertThat(two.lots().getFirst().status()).isEqualTo(LotStatus.FAILED);
        Project three = announced(Track.CONSTRUCTION);
        assertThat(three.deadlinePassed(lot(three), 3, POLICY, DEADLINE)).isEqualTo(LotStatus.OPENING);
    }

    @Test
    void theDeadlineHasNotPassedOneSecondBeforeIt() {
        Project p = announced(Track.CONSTRUCTION);
        assertRule(() -> p.deadlinePassed(lot(p), 3, POLICY, DEADLINE.minusSeconds(1)), "BID_DEADLINE_NOT_REACHED");
    }

    @Test
    void aFailedLotIsTerminalAndIsReTenderedAsANewLinkedLot() {
        Project p = announced(Track.CONSTRUCTION);
        LotId failed = lot(p);
        p.deadlinePassed(failed, 1, POLICY, DEADLINE);
        assertThatThrownBy(() -> p.deadlinePassed(failed, 5, POLICY, DEADLINE))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.state()).isEqualTo("FAILED");
                    assertThat(e.allowed()).contains("re-tender");
                });
        LotId again = p.retender(failed, POLICY);
        assertThat(p.lot(again).status()).isEqualTo(LotStatus.DRAFT);
        assertThat(p.lot(again).previousLot()).isEqualTo(failed);
        assertThat(p.lot(failed).status()).isEqualTo(LotStatus.FAILED);
        assertThat(p.allowedActions()).contains(TenderAction.ANNOUNCE).doesNotContain(TenderAction.RETENDER);
    }

    @Test
    void anOpenedLotGoesThroughEvaluationPublicityAwardAndContractToComplete() {
        Project p = announced(Track.CONSTRUCTION);
        LotId l = lot(p);
        p.deadlinePassed(l, 4, POLICY, DEADLINE);
        assertThatThrownBy(() -> p.evaluationConcluded(l)).isInstanceOf(IllegalTransitionException.class);
        p.openingConcluded(l);
        assertThat(p.lot(l).status()).isEqualTo(LotStatus.EVALUATION);
        p.evaluationConcluded(l);
        p.awarded(l);
        p.contractRecorded(l);
        p.completed(l);
        assertThat(p.lot(l).status()).isEqualTo(LotStatus.COMPLETE);
        assertThat(p.status()).isEqualTo(LotStatus.COMPLETE);
        assertThatThrownBy(() -> p.completed(l)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void anEvaluationWithTooFewValidBidsFailsTheLotWhichCanBeReTendered() {
        Project p = announced(Track.GOVERNMENT_PROCUREMENT);
        LotId l = lot(p);
        p.deadlinePassed(l, 3, POLICY, DEADLINE);
        assertThatThrownBy(() -> p.evaluationFailed(l, "TOO_FEW_VALID_BIDS")).isInstanceOf(IllegalTransitionException.class);
        p.openingConcluded(l);
        p.evaluationFailed(l, "TOO_FEW_VALID_BIDS");
        assertThat(p.lot(l).status()).isEqualTo(LotStatus.FAILED);
        assertThat(p.lot(l).endReason()).isEqualTo("TOO_FEW_VALID_BIDS");
        assertThat(p.allowedActions()).contains(TenderAction.RETENDER);
        assertThatThrownBy(() -> p.evaluationConcluded(l)).isInstanceOf(IllegalTransitionException.class);
    }

    // ------------------------------------------------------------------ overlay and cancellation

    @Test
    void aSuspendedProjectAllowsOnlyResumptionOrCancellationAndBlocksTheOpening() {
        Project p = announced(Track.CONSTRUCTION);
        p.suspend("投诉处理中", "staff1", beijing("2026-03-05", "10:00"));
        assertThatThrownBy(() -> p.amend("修改", true, POLICY, CALENDAR, beijing("2026-03-06", "10:00")))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.state()).isEqualTo("SUSPENDED");
                    assertThat(e.allowed()).containsExactlyInAnyOrder("resumption", "cancellation");
                });
        assertThat(p.facts(lot(p)).openingBlocked()).isTrue();
        assertRule(() -> p.deadlinePassed(lot(p), 3, POLICY, DEADLINE), "OPENING_BLOCKED");
        p.resume(null, POLICY, CALENDAR, beijing("2026-03-06", "10:00"));
        assertThat(p.openingBlocked()).isFalse();
        assertThat(p.lots().getFirst().bidDeadline()).isEqualTo(DEADLINE);
    }

    @Test
    void anObjectionMayBeAnsweredDuringASuspension() {
        Project p = announced(Track.CONSTRUCTION);
        p.fileObjection("理由", "sealed", POLICY, CALENDAR, beijing("2026-03-03", "10:00"));
        p.suspend("等待异议答复", "staff1", beijing("2026-03-04", "10:00"));
        p.answerObjection(p.objections().getFirst().id(), "答复", POLICY, CALENDAR, beijing("2026-03-04", "15:00"));
        assertThat(p.objections().getFirst().open()).isFalse();
        assertThat(p.openingBlocked()).isTrue(); // still suspended
    }

    @Test
    void resumingAfterTheDeadlinePassedNeedsANewDeadlineFifteenDaysAway() {
        Project p = announced(Track.CONSTRUCTION);
        p.suspend("投诉处理中", "staff1", beijing("2026-03-20", "10:00"));
        Instant now = beijing("2026-03-24", "10:00");
        assertRule(() -> p.resume(null, POLICY, CALENDAR, now), "NEW_BID_DEADLINE_REQUIRED");
        assertRule(() -> p.resume(beijing("2026-04-01", "09:30"), POLICY, CALENDAR, now), "NEW_BID_DEADLINE_REQUIRED");
        p.resume(beijing("2026-04-09", "09:30"), POLICY, CALENDAR, now);
        assertThat(p.lots().getFirst().bidDeadline()).isEqualTo(beijing("2026-04-09", "09:30"));
    }

    @Test
    void aCancelledProjectIsImmutable() {
        Project p = announced(Track.CONSTRUCTION);
        p.cancel("项目取消", beijing("2026-03-05", "10:00"));
        assertThat(p.status()).isEqualTo(LotStatus.CANCELLED);
        assertThatThrownBy(() -> p.amend("修改", false, POLICY, CALENDAR, beijing("2026-03-06", "10:00")))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.allowed()).isEmpty());
        assertThatThrownBy(() -> p.suspend("x", "staff1", beijing("2026-03-06", "10:00")))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aDraftIsEditedButAnAnnouncedProjectIsNot() {
        Project p = draft(Track.CONSTRUCTION, "0.00");
        p.editDraft("新名称", List.of(new LotSpec("一标段", Money.yuan("500.00"), Money.yuan("10.00"), 60, null)), POLICY);
        assertThat(p.title()).isEqualTo("新名称");
        assertRule(() -> p.editDraft("新名称", List.of(new LotSpec("一标段", Money.yuan("500.00"), Money.yuan("10.01"), 60,
                null)), POLICY), "BID_SECURITY_ABOVE_LIMIT");
        Project a = announced(Track.CONSTRUCTION);
        assertThatThrownBy(() -> a.editDraft("x", List.of(), POLICY)).isInstanceOf(IllegalTransitionException.class);
    }
}
