package org.example.gov.trading.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.example.gov.calendar.OfficialSchedules;
import org.example.gov.calendar.WorkingDayCalendar;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.trading.tender.Track;
import org.junit.jupiter.api.Test;

/** The publicity's periods by track and the award's conditions (no award during the publicity or with an objection open). */
class PublicityTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(OfficialSchedules.bundled());
    /** Thursday 30 April 2026, 10:00 Beijing time: May Day (1-5 May) follows, Saturday 9 May is a working day. */
    static final Instant THURSDAY = Instant.parse("2026-04-30T02:00:00Z");
    static final List<PublicCandidate> CANDIDATES = List.of(
            new PublicCandidate(1, "bid-a", "bidder1", new BigDecimal("1000000.00"), new BigDecimal("88.65")),
            new PublicCandidate(2, "bid-d", "bidder4", new BigDecimal("900000.00"), new BigDecimal("86.10")),
            new PublicCandidate(3, "bid-c", "bidder3", new BigDecimal("880000.00"), new BigDecimal("84.75")));

    static Publicity construction() {
        return Publicity.publish("lot", "project", Track.CONSTRUCTION, true, CANDIDATES, CALENDAR, THURSDAY);
    }

    static String code(Throwable e) {
        return ((BusinessRuleViolationException) e).code();
    }

    @Test
    void constructionCandidatesArePublicForThreeDaysAndNoAwardComesBefore() {
        Publicity p = construction();
        assertThat(p.endsAt()).isEqualTo(THURSDAY.plus(Duration.ofDays(3)));
        assertThatThrownBy(() -> p.award("bid-a", null, null, "tenderee1", p.endsAt().minusSeconds(1)))
                .satisfies(e -> assertThat(code(e)).isEqualTo("PUBLICITY_NOT_ENDED"));
        AwardDecision d = p.award("bid-a", null, null, "tenderee1", p.endsAt());
        assertThat(d.rank()).isEqualTo(1);
        assertThat(d.deviationReason()).isNull();
        assertThatThrownBy(() -> p.award("bid-a", null, null, "tenderee1", p.endsAt()))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void anOpenObjectionHoldsTheAwardUntilItIsAnswered() {
        Publicity p = construction();
        PublicityObjection o = p.object("bidder3", "第一名业绩造假", CALENDAR, THURSDAY.plus(Duration.ofDays(1)));
        assertThat(o.answerDue()).isEqualTo(THURSDAY.plus(Duration.ofDays(4)));
        Instant after = p.endsAt().plus(Duration.ofHours(1));
        assertThatThrownBy(() -> p.award("bid-a", null, null, "tenderee1", after))
                .satisfies(e -> assertThat(code(e)).isEqualTo("OBJECTION_OPEN"));
        p.answer(o.id(), "经核查业绩属实", after);
        assertThat(p.award("bid-a", null, null, "tenderee1", after).bidId()).isEqualTo("bid-a");
    }

    @Test
    void objectionsCloseWithTheConstructionPublicity() {
        Publicity p = construction();
        assertThatThrownBy(() -> p.object("bidder3", "异议", CALENDAR, p.endsAt()))
                .satisfies(e -> assertThat(code(e)).isEqualTo("OBJECTION_TOO_LATE"));
    }

    @Test
    void aStateFundedProjectTakesAnyButTheFirstCandidateOnlyOnAStatutoryGroundWithItsReason() {
        Publicity p = construction();
        Instant after = p.endsAt();
        assertThat(p.inOrder()).isTrue();
        assertThatThrownBy(() -> p.award("bid-d", null, "业主更倾向第二名", "tenderee1", after))
                .satisfies(e -> assertThat(code(e)).isEqualTo("DEVIATION_GROUND_REQUIRED"));
        assertThatThrownBy(() -> p.award("bid-d", DeviationGround.FIRST_DECLINED, " ", "tenderee1", after))
                .satisfies(e -> assertThat(code(e)).isEqualTo("DEVIATION_REASON_REQUIRED"));
        assertThatThrownBy(() -> p.award("bid-x", null, null, "tenderee1", after))
                .satisfies(e -> assertThat(code(e)).isEqualTo("NOT_A_CANDIDATE"));
        AwardDecision d = p.award("bid-d", DeviationGround.FIRST_DECLINED, "第一中标候选人书面放弃中标", "tenderee1", after);
        assertThat(d.rank()).isEqualTo(2);
        assertThat(d.deviationGround()).isEqualTo(DeviationGround.FIRST_DECLINED);
        assertThat(d.deviationReason()).contains("放弃中标");
    }

    @Test
    void afterTheWinnerRefusedTheNextCandidateInOrderOnItsGround() {
        Publicity p = construction();
        Instant after = p.endsAt();
        p.award("bid-a", null, null, "tenderee1", after);
        assertThatThrownBy(() -> p.reaward("bid-c", DeviationGround.FIRST_DECLINED, "第一名放弃", "tenderee1", after))
                .satisfies(e -> assertThat(code(e)).isEqualTo("NOT_NEXT_CANDIDATE"));
        assertThatThrownBy(() -> p.reaward("bid-a", DeviationGround.FIRST_DECLINED, "第一名放弃", "tenderee1", after))
                .satisfies(e -> assertThat(code(e)).isEqualTo("CANDIDATE_ALREADY_AWARDED"));
        assertThatThrownBy(() -> p.reaward("bid-d", null, "第一名放弃", "tenderee1", after))
                .satisfies(e -> assertThat(code(e)).isEqualTo("DEVIATION_GROUND_REQUIRED"));
        AwardDecision d = p.reaward("bid-d", DeviationGround.FIRST_DECLINED, "第一名拒绝签订合同", "tenderee1", after);
        assertThat(d.rank()).isEqualTo(2);
        assertThat(p.awardDecision()).isEqualTo(d);
        assertThat(p.superseded()).extracting(AwardDecision::bidId).containsExactly("bid-a");
        Publicity fresh = construction();
        assertThatThrownBy(() -> fresh.reaward("bid-d", DeviationGround.FIRST_DECLINED, "x", "tenderee1", after))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void theCandidatesAreDueInPublicThreeDaysAfterTheReportAndAProcurementResultTwoWorkingDays() {
        assertThat(Publicity.publicationDue(Track.CONSTRUCTION, THURSDAY, CALENDAR))
                .isEqualTo(THURSDAY.plus(Duration.ofDays(3)));
        // Thursday 30 April: May Day follows (1-5 May), so 6 and 7 May are the two working days
        assertThat(Publicity.publicationDue(Track.GOVERNMENT_PROCUREMENT, THURSDAY, CALENDAR))
                .isEqualTo(Instant.parse("2026-05-07T16:00:00Z"));
    }

    @Test
    void aConstructionProjectWithoutStateFundsMayTakeAnyPublishedCandidateButAProcurementTakesThemInOrder() {
        Publicity privately = Publicity.publish("lot", "project", Track.CONSTRUCTION, false, CANDIDATES, CALENDAR,
                THURSDAY);
        assertThat(privately.inOrder()).isFalse();
        AwardDecision d = privately.award("bid-c", null, null, "tenderee1", privately.endsAt());
        assertThat(d.rank()).isEqualTo(3);
        assertThat(d.deviationGround()).isNull();
        Publicity procurement = Publicity.publish("lot", "project", Track.GOVERNMENT_PROCUREMENT, false, CANDIDATES,
                CALENDAR, THURSDAY);
        assertThat(procurement.inOrder()).isTrue();
        assertThatThrownBy(() -> procurement.award("bid-c", null, null, "agent1", procurement.endsAt()))
                .satisfies(e -> assertThat(code(e)).isEqualTo("DEVIATION_GROUND_REQUIRED"));
    }

    @Test
    void procurementResultsArePublicForOneWorkingDayAndChallengedWithinSevenOnTheCalendar() {
        Publicity p = Publicity.publish("lot", "project", Track.GOVERNMENT_PROCUREMENT, false, CANDIDATES, CALENDAR, THURSDAY);
        // the working day after Thursday 30 April is Wednesday 6 May (May Day 1-5): public until its end
        assertThat(p.endsAt()).isEqualTo(Instant.parse("2026-05-06T16:00:00Z"));
        // seven working days: 6, 7, 8, 9 (Saturday, a working day), 11, 12, 13 May
        assertThat(p.objectionsUntil()).isEqualTo(Instant.parse("2026-05-13T16:00:00Z"));
        PublicityObjection challenge = p.object("bidder3", "质疑评审过程", CALENDAR, Instant.parse("2026-05-07T02:00:00Z"));
        // answered within seven working days of it: 8, 9, 11, 12, 13, 14, 15 May
        assertThat(challenge.answerDue()).isEqualTo(Instant.parse("2026-05-15T16:00:00Z"));
        assertThatThrownBy(() -> p.award("bid-a", null, null, "agent1", Instant.parse("2026-05-08T02:00:00Z")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("OBJECTION_OPEN"));
    }

    @Test
    void aReportWithoutCandidatesIsNotPublished() {
        assertThatThrownBy(() -> Publicity.publish("lot", "project", Track.CONSTRUCTION, true, List.of(), CALENDAR, THURSDAY))
                .satisfies(e -> assertThat(code(e)).isEqualTo("NO_CANDIDATES"));
    }
}
