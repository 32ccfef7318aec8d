package org.example.gov.trading.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.trading.tender.Track;
import org.junit.jupiter.api.Test;

/** The contract's last day, its conditions (price, dates, challenges, suspension), the warnings once each, a refusal. */
class LotContractTest {

    /** Tuesday 1 September 2026, 10:00 Beijing: 30 days later is 1 October, the first day of National Day (1-7 October). */
    static final Instant NOTICE = Instant.parse("2026-09-01T02:00:00Z");
    static final String SHA = "a".repeat(64);

    static LotContract awaiting(Track track) {
        Publicity p = Publicity.publish("lot", "project", track, true, PublicityTest.CANDIDATES, PublicityTest.CALENDAR,
                NOTICE.minusSeconds(10 * 86_400));
        AwardDecision award = new AwardDecision("bid-a", "bidder1", 1, null, null, "tenderee1", NOTICE);
        return LotContract.awaiting(p, award, PublicityTest.CALENDAR);
    }

    static String code(Throwable e) {
        return ((BusinessRuleViolationException) e).code();
    }

    @Test
    void thirtyDaysFromTheNoticeEndingOnAHolidayMoveToTheNextWorkingDay() {
        LotContract c = awaiting(Track.CONSTRUCTION);
        assertThat(c.dueOn()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(c.awardedAmount()).isEqualByComparingTo("1000000.00");
    }

    @Test
    void theContractIsOnTheAwardedPriceAfterTheNoticeAndNotInTheFuture() {
        LotContract c = awaiting(Track.CONSTRUCTION);
        Instant now = Instant.parse("2026-09-10T02:00:00Z");
        assertThatThrownBy(() -> c.sign("HT-1", LocalDate.of(2026, 9, 9), new BigDecimal("999999.99"), SHA, "t", now,
                0, Optional.empty())).satisfies(e -> assertThat(code(e)).isEqualTo("CONTRACT_AMOUNT_DEVIATES"));
        assertThatThrownBy(() -> c.sign("HT-1", LocalDate.of(2026, 8, 31), new BigDecimal("1000000"), SHA, "t", now,
                0, Optional.empty())).satisfies(e -> assertThat(code(e)).isEqualTo("CONTRACT_BEFORE_AWARD_NOTICE"));
        assertThatThrownBy(() -> c.sign("HT-1", LocalDate.of(2026, 9, 11), new BigDecimal("1000000"), SHA, "t", now,
                0, Optional.empty())).satisfies(e -> assertThat(code(e)).isEqualTo("CONTRACT_DATE_IN_FUTURE"));
        LotContract.Signature s = c.sign(" HT-1 ", LocalDate.of(2026, 9, 10), new BigDecimal("1000000"), SHA, "t",
                now, 0, Optional.empty());
        assertThat(s.number()).isEqualTo("HT-1");
        assertThat(s.late()).isFalse();
        assertThat(c.status()).isEqualTo(LotContract.Status.SIGNED);
        assertThatThrownBy(() -> c.refuse("不签", "t", now)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void anUnansweredChallengeBlocksAProcurementContractOnlyAndASuspensionBlocksBoth() {
        Instant now = Instant.parse("2026-09-10T02:00:00Z");
        LocalDate on = LocalDate.of(2026, 9, 10);
        BigDecimal price = new BigDecimal("1000000.00");
        LotContract procurement = awaiting(Track.GOVERNMENT_PROCUREMENT);
        assertThatThrownBy(() -> procurement.sign("HT", on, price, SHA, "t", now, 1, Optional.empty()))
                .satisfies(e -> assertThat(code(e)).isEqualTo("CHALLENGE_OPEN"));
        assertThatThrownBy(() -> procurement.sign("HT", on, price, SHA, "t", now, 0, Optional.of("投诉 C-1 处理中")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("PROCEDURE_SUSPENDED"));
        assertThat(procurement.status()).isEqualTo(LotContract.Status.AWAITING_SIGNATURE);
        // an objection to construction candidates holds the award, not the contract (it was answered before the award)
        assertThat(awaiting(Track.CONSTRUCTION).sign("HT", on, price, SHA, "t", now, 1, Optional.empty()).late())
                .isFalse();
    }

    @Test
    void signedAfterTheLastDayTheContractIsRecordedAndMarkedLate() {
        LotContract c = awaiting(Track.CONSTRUCTION);
        LotContract.Signature s = c.sign("HT-2", LocalDate.of(2026, 10, 9), new BigDecimal("1000000.00"), SHA, "t",
                Instant.parse("2026-10-09T02:00:00Z"), 0, Optional.empty());
        assertThat(s.late()).isTrue();
    }

    @Test
    void theWarningsComeBeforeOnAndAfterTheLastDayOnceEach() {
        LotContract c = awaiting(Track.CONSTRUCTION); // last day 8 October
        List<Optional<LotContract.Warning>> raised = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 9, 30); !d.isAfter(LocalDate.of(2026, 10, 12)); d = d.plusDays(1)) {
            raised.add(c.warnOn(d));
        }
        assertThat(raised.stream().flatMap(Optional::stream).toList()).containsExactly(
                LotContract.Warning.APPROACHING, LotContract.Warning.LAST_DAY, LotContract.Warning.OVERDUE);
        assertThat(raised.get(3)).contains(LotContract.Warning.APPROACHING); // 3 October = 8 October − 5
        assertThat(raised.get(8)).contains(LotContract.Warning.LAST_DAY);
        assertThat(raised.get(9)).contains(LotContract.Warning.OVERDUE);
    }

    @Test
    void aSkippedWarningIsNotRaisedLateAndASignedContractRaisesNone() {
        LotContract c = awaiting(Track.CONSTRUCTION);
        assertThat(c.warnOn(LocalDate.of(2026, 10, 20))).contains(LotContract.Warning.OVERDUE);
        assertThat(c.warnOn(LocalDate.of(2026, 10, 21))).isEmpty();
        assertThat(c.warned()).containsExactlyInAnyOrder(LotContract.Warning.values());

        LotContract signed = awaiting(Track.CONSTRUCTION);
        signed.sign("HT", LocalDate.of(2026, 9, 2), new BigDecimal("1000000.00"), SHA, "t",
                Instant.parse("2026-09-02T02:00:00Z"), 0, Optional.empty());
        assertThat(signed.warnOn(LocalDate.of(2026, 10, 20))).isEmpty();
    }

    @Test
    void aRefusalEndsTheWaitAndNoContractFollows() {
        LotContract c = awaiting(Track.CONSTRUCTION);
        c.refuse(" 中标人书面放弃 ", "tenderee1", Instant.parse("2026-09-05T02:00:00Z"));
        assertThat(c.refusal().reason()).isEqualTo("中标人书面放弃");
        assertThat(c.warnOn(LocalDate.of(2026, 10, 20))).isEmpty();
        assertThatThrownBy(() -> c.sign("HT", LocalDate.of(2026, 9, 6), new BigDecimal("1000000.00"), SHA, "t",
                Instant.parse("2026-09-06T02:00:00Z"), 0, Optional.empty()))
                .isInstanceOf(IllegalTransitionException.class);
    }
}
