package org.example.gov.trading.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.example.gov.calendar.OfficialSchedules;
import org.example.gov.calendar.WorkingDayCalendar;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.trading.award.PublicityObjection;
import org.example.gov.trading.tender.Track;
import org.junit.jupiter.api.Test;

/** The complaint periods by track (objection first), the department's due times, suspension and its end. */
class ComplaintTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(OfficialSchedules.bundled());

    /** bidder2's construction objection, answered on Wednesday 1 April 2026 at 10:00 Beijing. */
    static final Instant ANSWERED = Instant.parse("2026-04-01T02:00:00Z");
    static final PublicityObjection CONSTRUCTION_OBJECTION = new PublicityObjection("o-1", "bidder2", "业绩存疑",
            ANSWERED.minus(Duration.ofDays(2)), ANSWERED.plus(Duration.ofDays(1)), "业绩属实", ANSWERED);
    /**
     * bidder2's procurement challenge of Friday 27 March 2026, unanswered: its 7 working days end with 8 April (清明 4-6
     * April off), so the answer period's end is midnight starting 9 April.
     */
    static final PublicityObjection CHALLENGE = new PublicityObjection("o-2", "bidder2", "评分有误",
            Instant.parse("2026-03-27T02:00:00Z"), Instant.parse("2026-04-08T16:00:00Z"), null, null);

    static Complaint file(Track track, PublicityObjection o, Instant now) {
        return Complaint.file("lot", "project", "440304", track, "bidder2", o, "评标结果有误", CALENDAR, now);
    }

    static String code(Throwable e) {
        return ((BusinessRuleViolationException) e).code();
    }

    @Test
    void aConstructionComplaintComesWithinTenDaysOfTheObjectionsAnswer() {
        Instant last = ANSWERED.plus(Duration.ofDays(10));
        assertThat(file(Track.CONSTRUCTION, CONSTRUCTION_OBJECTION, last).status()).isEqualTo(Complaint.Status.FILED);
        assertThatThrownBy(() -> file(Track.CONSTRUCTION, CONSTRUCTION_OBJECTION, last.plusSeconds(1)))
                .satisfies(e -> assertThat(code(e)).isEqualTo("COMPLAINT_TOO_LATE"));
    }

    @Test
    void noComplaintBeforeTheObjectionIsAnsweredOrItsTimeIsUpAndOnlyOnOnesOwn() {
        PublicityObjection open = new PublicityObjection("o-3", "bidder2", "x", ANSWERED, ANSWERED.plus(Duration.ofDays(3)),
                null, null);
        assertThatThrownBy(() -> file(Track.CONSTRUCTION, open, ANSWERED.plus(Duration.ofDays(1))))
                .satisfies(e -> assertThat(code(e)).isEqualTo("OBJECTION_NOT_ANSWERED"));
        // unanswered past its due time: the complaint is open (未在规定时间内作出答复)
        assertThat(file(Track.CONSTRUCTION, open, ANSWERED.plus(Duration.ofDays(4))).objectionId()).isEqualTo("o-3");
        PublicityObjection others = new PublicityObjection("o-4", "bidder3", "x", ANSWERED, ANSWERED, "答复", ANSWERED);
        assertThatThrownBy(() -> file(Track.CONSTRUCTION, others, ANSWERED.plus(Duration.ofDays(1))))
                .satisfies(e -> assertThat(code(e)).isEqualTo("NOT_YOUR_OBJECTION"));
    }

    @Test
    void aProcurementComplaintComesWithinFifteenWorkingDaysAfterTheAnswerPeriod() {
        // 15 working days after 8 April: 9-10, 13-17, 20-24, 27-29 April → the end of 29 April
        assertThat(file(Track.GOVERNMENT_PROCUREMENT, CHALLENGE, Instant.parse("2026-04-29T15:59:59Z")).status())
                .isEqualTo(Complaint.Status.FILED);
        assertThatThrownBy(() -> file(Track.GOVERNMENT_PROCUREMENT, CHALLENGE, Instant.parse("2026-04-29T16:00:01Z")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("COMPLAINT_TOO_LATE"));
        assertThatThrownBy(() -> file(Track.GOVERNMENT_PROCUREMENT, CHALLENGE, Instant.parse("2026-04-08T10:00:00Z")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("OBJECTION_NOT_ANSWERED"));
    }

    @Test
    void acceptanceIsDueInThreeWorkingDaysAndTheDecisionThirtyWorkingDaysAfterIt() {
        Complaint c = file(Track.CONSTRUCTION, CONSTRUCTION_OBJECTION, ANSWERED.plus(Duration.ofHours(1)));
        // filed Wednesday 1 April: 2, 3 and (after 清明) 7 April → the end of 7 April
        assertThat(c.acceptDue()).isEqualTo(Instant.parse("2026-04-07T16:00:00Z"));
        Complaint.Review accepted = c.accept("supervisor1", CALENDAR, Instant.parse("2026-04-08T02:00:00Z"));
        assertThat(accepted.late()).isTrue();
        assertThat(c.decisionDue()).isAfter(Instant.parse("2026-05-19T00:00:00Z"));
        assertThatThrownBy(() -> c.refuse("超期", "supervisor1", Instant.parse("2026-04-08T03:00:00Z")))
                .isInstanceOf(IllegalTransitionException.class);
        Complaint.Review decided = c.decide(Complaint.Outcome.DISMISSED, "投诉事项缺乏事实依据", "supervisor1",
                Instant.parse("2026-04-20T02:00:00Z"));
        assertThat(decided.late()).isFalse();
        assertThat(c.allowed()).isEmpty();
        assertThatThrownBy(() -> c.withdraw(Instant.parse("2026-04-21T02:00:00Z")))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void theProcedureIsSuspendedOnlyForAnAcceptedComplaintAndAProcurementOneForThirtyDaysAtMost() {
        Instant filed = Instant.parse("2026-04-10T02:00:00Z");
        Complaint c = file(Track.GOVERNMENT_PROCUREMENT, CHALLENGE, filed);
        assertThatThrownBy(() -> c.suspend("待查", "supervisor1", filed)).isInstanceOf(IllegalTransitionException.class);
        c.accept("supervisor1", CALENDAR, filed.plus(Duration.ofHours(1)));
        Instant from = filed.plus(Duration.ofHours(2));
        Complaint.Suspension s = c.suspend("需调取评标录像", "supervisor1", from);
        assertThat(s.until()).isEqualTo(from.plus(Duration.ofDays(30)));
        assertThat(c.suspends(from.plus(Duration.ofDays(29)))).isTrue();
        assertThat(c.suspends(from.plus(Duration.ofDays(30)))).isFalse();
        assertThatThrownBy(() -> c.suspend("again", "supervisor1", from.plusSeconds(1)))
                .isInstanceOf(IllegalTransitionException.class);
        c.resume(from.plus(Duration.ofDays(1)));
        assertThat(c.suspends(from.plus(Duration.ofDays(2)))).isFalse();
    }

    @Test
    void aDecisionOrAWithdrawalEndsAConstructionSuspension() {
        Complaint c = file(Track.CONSTRUCTION, CONSTRUCTION_OBJECTION, ANSWERED.plus(Duration.ofHours(1)));
        Instant now = ANSWERED.plus(Duration.ofHours(2));
        c.accept("supervisor1", CALENDAR, now);
        c.suspend("待查", "supervisor1", now);
        assertThat(c.suspension().until()).isNull();
        assertThat(c.suspends(now.plus(Duration.ofDays(90)))).isTrue();
        c.withdraw(now.plus(Duration.ofDays(3)));
        assertThat(c.status()).isEqualTo(Complaint.Status.WITHDRAWN);
        assertThat(c.suspends(now.plus(Duration.ofDays(4)))).isFalse();
    }
}
