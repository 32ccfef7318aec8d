package org.example.gov.trading.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.example.gov.calendar.OfficialSchedules;
import org.example.gov.calendar.WorkingDayCalendar;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.trading.tender.LotId;
import org.example.gov.trading.tender.LotSecurity;
import org.example.gov.trading.tender.LotStatus;
import org.example.gov.trading.tender.Money;
import org.example.gov.trading.tender.ProjectId;
import org.example.gov.trading.tender.Track;
import org.junit.jupiter.api.Test;

/**
 * Refund due dates on the real 2026 calendar (劳动节 1-5 May off, Saturday 9 May worked; 国庆 1-7 October off, Saturday
 * 10 October worked) and the interest a late refund owes.
 */
class RefundRuleTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(OfficialSchedules.bundled());
    static final RefundRule RULE = new RefundRule(InterestRates.DEFAULT);

    @Test
    void procurementUnsuccessfulSuppliersAreDueFiveWorkingDaysAfterTheAwardNoticeAcrossMayDay() {
        // Thu 30 April: 6, 7, 8 May, Sat 9 May (worked), Mon 11 May
        assertThat(RULE.due(Track.GOVERNMENT_PROCUREMENT, false, LocalDate.of(2026, 4, 30), null, CALENDAR))
                .hasValue(LocalDate.of(2026, 5, 11));
    }

    @Test
    void procurementSuccessfulSupplierIsDueFiveWorkingDaysAfterTheContractAndWaitsForIt() {
        assertThat(RULE.due(Track.GOVERNMENT_PROCUREMENT, true, LocalDate.of(2026, 9, 20), null, CALENDAR)).isEmpty();
        // Wed 30 September: 8, 9 October, Sat 10 October (worked), 12, 13 October
        assertThat(RULE.due(Track.GOVERNMENT_PROCUREMENT, true, LocalDate.of(2026, 9, 20), LocalDate.of(2026, 9, 30),
                CALENDAR)).hasValue(LocalDate.of(2026, 10, 13));
    }

    @Test
    void constructionDepositsOfEveryBidderAreDueFiveDaysAfterTheContractMovedOffAHoliday() {
        assertThat(RULE.due(Track.CONSTRUCTION, false, LocalDate.of(2026, 3, 30), null, CALENDAR)).isEmpty();
        // 10 April + 5 = Wed 15 April, a working day
        assertThat(RULE.due(Track.CONSTRUCTION, false, LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 10),
                CALENDAR)).hasValue(LocalDate.of(2026, 4, 15));
        // 30 September + 5 = 5 October, in the National Day holiday: the next working day, Thu 8 October
        assertThat(RULE.due(Track.CONSTRUCTION, true, LocalDate.of(2026, 9, 20), LocalDate.of(2026, 9, 30),
                CALENDAR)).hasValue(LocalDate.of(2026, 10, 8));
    }

    @Test
    void aRefundOnOrBeforeItsDueDateOwesNothingALateOneOwesInterestPerDay() {
        Money deposit = Money.yuan("20000.00");
        LocalDate due = LocalDate.of(2026, 5, 11);
        assertThat(RULE.interest(Track.CONSTRUCTION, deposit, due, due).amount()).isEqualByComparingTo("0");
        assertThat(RULE.interest(Track.CONSTRUCTION, deposit, due, due.minusDays(3)).amount()).isEqualByComparingTo("0");
        // construction: 20,000 x 0.35 % x 10 / 360 = 1.944... → 1.94
        assertThat(RULE.interest(Track.CONSTRUCTION, deposit, due, due.plusDays(10)).amount())
                .isEqualByComparingTo("1.94");
        // procurement: 20,000 x 4.35 % x 1.2 x 10 / 360 = 29.00
        assertThat(RULE.interest(Track.GOVERNMENT_PROCUREMENT, deposit, due, due.plusDays(10)).amount())
                .isEqualByComparingTo("29.00");
        RefundRule dearer = new RefundRule(new InterestRates(new BigDecimal("0.0150"), new BigDecimal("0.0435"),
                new BigDecimal("0.20")));
        assertThat(dearer.interest(Track.CONSTRUCTION, deposit, due, due.plusDays(10)).amount())
                .as("the configured rate").isEqualByComparingTo("8.33");
    }

    @Test
    void aDepositIsRecordedWhileTenderingScheduledAfterTheAwardAndRefundedWithItsInterest() {
        LotId lotId = LotId.newId();
        LotSecurity tendering = lot(lotId, LotStatus.TENDERING);
        DepositPayment d = DepositPayment.record(tendering, "bidder2", Money.yuan("20000.00"), "6222 0000 1111 2222",
                LocalDate.of(2026, 3, 10), "trader1", Instant.parse("2026-03-10T02:00:00Z"));
        assertThatThrownBy(() -> DepositPayment.record(lot(lotId, LotStatus.OPENING), "bidder3",
                Money.yuan("20000.00"), "6222 0000 1111 3333", LocalDate.of(2026, 3, 24), "trader1", Instant.now()))
                .isInstanceOfSatisfying(BusinessRuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("LOT_NOT_TENDERING"));
        assertThatThrownBy(() -> d.refund(LocalDate.of(2026, 5, 1), RULE))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.allowed()).containsExactly("refund-schedule"));
        assertThatThrownBy(() -> d.scheduleRefund(lot(lotId, LotStatus.EVALUATION), "bidder1",
                LocalDate.of(2026, 4, 30), null, RULE, CALENDAR))
                .isInstanceOfSatisfying(BusinessRuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("REFUND_SCHEDULE_BEFORE_AWARD"));

        assertThat(d.scheduleRefund(lot(lotId, LotStatus.AWARDED), "bidder1", LocalDate.of(2026, 4, 30), null, RULE,
                CALENDAR)).isTrue();
        assertThat(d.refundDue()).isEqualTo(LocalDate.of(2026, 5, 11));
        assertThat(d.overdueOn(LocalDate.of(2026, 5, 11))).isFalse();
        assertThat(d.overdueOn(LocalDate.of(2026, 5, 12))).isTrue();
        var events = d.refund(LocalDate.of(2026, 5, 21), RULE);
        assertThat(d.status()).isEqualTo(DepositStatus.REFUNDED);
        assertThat(d.interest().amount()).isEqualByComparingTo("29.00");
        assertThat(events).singleElement().isInstanceOfSatisfying(DepositEvent.DepositRefunded.class,
                e -> assertThat(e.daysLate()).isEqualTo(10));
        assertThat(events.toString()).doesNotContain("6222");
    }

    static LotSecurity lot(LotId id, LotStatus status) {
        return new LotSecurity(id, ProjectId.newId(), Track.GOVERNMENT_PROCUREMENT, "440304", status,
                Money.yuan("20000.00"), 90, Instant.parse("2026-03-23T01:30:00Z"));
    }
}
