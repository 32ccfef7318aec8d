package org.example.gov.trading.deposit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.example.gov.calendar.WorkingDayCalendar;
import org.example.gov.trading.tender.Money;
import org.example.gov.trading.tender.Track;

/**
 * When a bid deposit must be refunded and what a late refund owes.
 * <ul>
 * <li>Construction (招标投标法实施条例 第57条: 最迟应当在书面合同签订后5日内向中标人和未中标的投标人退还投标保证金及银行同期存款利息):
 * every bidder, 5 days after the contract is signed; a last day that is not a working day moves to the next working
 * day (民法典 第203条).
 * <li>Government procurement (政府采购法实施条例 第38条): unsuccessful suppliers 5 working days after the award notice
 * (中标通知书发出之日起5个工作日内), the successful one 5 working days after the contract.
 * </ul>
 * Interest for a late refund is simple interest on the deposit for each calendar day after the due date, on a
 * 360-day year (the banks' 日利率 = 年利率 / 360), rounded to the fen.
 */
public final class RefundRule {

    static final int DAYS = 5;
    private static final BigDecimal YEAR_DAYS = new BigDecimal(360);

    private final InterestRates rates;

    public RefundRule(InterestRates rates) {
        this.rates = rates;
    }

    /**
     * The refund's last day, or empty while the step it counts from has not happened (no contract yet for a
     * construction deposit or a successful supplier).
     */
    public Optional<LocalDate> due(Track track, boolean successful, LocalDate awardNoticeOn, LocalDate contractSignedOn,
            WorkingDayCalendar calendar) {
        return switch (track) {
            case CONSTRUCTION -> Optional.ofNullable(contractSignedOn)
                    .map(signed -> onWorkingDay(signed.plusDays(DAYS), calendar));
            case GOVERNMENT_PROCUREMENT -> Optional.ofNullable(successful ? contractSignedOn : awardNoticeOn)
                    .map(from -> calendar.plusWorkingDays(from, DAYS).exact());
        };
    }

    /** Calendar days after the due date on which the deposit was still held. */
    public static long daysLate(LocalDate due, LocalDate refundedOn) {
        return Math.max(0, ChronoUnit.DAYS.between(due, refundedOn));
    }

    /** What a refund on {@code refundedOn} owes beyond the deposit. */
    public Money interest(Track track, Money deposit, LocalDate due, LocalDate refundedOn) {
        long days = daysLate(due, refundedOn);
        BigDecimal annual = switch (track) {
            case CONSTRUCTION -> rates.bankDepositRate();
            case GOVERNMENT_PROCUREMENT -> rates.centralBankLoanRate().multiply(BigDecimal.ONE.add(rates.procurementMarkup()));
        };
        BigDecimal owed = deposit.amount().multiply(annual).multiply(BigDecimal.valueOf(days))
                .divide(YEAR_DAYS, 2, RoundingMode.HALF_UP);
        return Money.yuan(owed);
    }

    private static LocalDate onWorkingDay(LocalDate day, WorkingDayCalendar calendar) {
        return calendar.isWorkingDay(day) ? day : calendar.plusWorkingDays(day, 1).exact();
    }
}
