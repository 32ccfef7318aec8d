package org.example.gov.trading.deposit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.example.gov.calendar.WorkingDayCalendar;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.trading.tender.LotId;
import org.example.gov.trading.tender.LotSecurity;
import org.example.gov.trading.tender.LotStatus;
import org.example.gov.trading.tender.Money;
import org.example.gov.trading.tender.Track;

/**
 * A bid deposit (投标保证金) a bidder paid by bank transfer: recorded by trading staff while the lot is tendering, due
 * for refund once the award notice / contract fixes the date ({@link RefundRule}), refunded with the interest a late
 * refund owes. The paying account is kept (sealed) because a shared paying account is a collusion signal.
 */
public final class DepositPayment {

    private final DepositId id;
    private final LotId lotId;
    private final Track track;
    private final String bidder;
    private final Money amount;
    private final String payingAccount;
    private final LocalDate paidOn;
    private final String recordedBy;
    private final Instant recordedAt;
    private DepositStatus status;
    private Boolean successful;
    private LocalDate refundDue;
    private LocalDate refundedOn;
    private Money interest;
    private final long rowVersion;

    private DepositPayment(Snapshot s) {
        id = s.id();
        lotId = s.lotId();
        track = s.track();
        bidder = s.bidder();
        amount = s.amount();
        payingAccount = s.payingAccount();
        paidOn = s.paidOn();
        recordedBy = s.recordedBy();
        recordedAt = s.recordedAt();
        status = s.status();
        successful = s.successful();
        refundDue = s.refundDue();
        refundedOn = s.refundedOn();
        interest = s.interest();
        rowVersion = s.rowVersion();
    }

    /** A transfer received for a lot that is tendering; nothing is published (before the deadline it is secret). */
    public static DepositPayment record(LotSecurity lot, String bidder, Money amount, String payingAccount,
            LocalDate paidOn, String by, Instant now) {
        if (lot.status() != LotStatus.TENDERING) {
            throw new BusinessRuleViolationException("LOT_NOT_TENDERING", "lotId",
                    "Deposits are paid for a lot that is tendering; lot {0} is {1}", lot.lotId(), lot.status());
        }
        if (amount.amount().signum() <= 0) {
            throw new BusinessRuleViolationException("DEPOSIT_AMOUNT_INVALID", "amount", "A deposit is a positive amount");
        }
        if (payingAccount == null || payingAccount.isBlank()) {
            throw new BusinessRuleViolationException("PAYING_ACCOUNT_REQUIRED", "payingAccount",
                    "The paying account is recorded with every deposit");
        }
        return new DepositPayment(new Snapshot(DepositId.newId(), lot.lotId(), lot.track(), bidder, amount,
                payingAccount.strip(), paidOn, by, now, DepositStatus.PAID, null, null, null, null, -1));
    }

    public static DepositPayment restore(Snapshot s) {
        return new DepositPayment(s);
    }

    /**
     * Fixes the refund's due date once the step it counts from happened; a deposit whose date cannot be fixed yet (no
     * contract) stays PAID. @return whether it was scheduled now
     */
    public boolean scheduleRefund(LotSecurity lot, String successfulBidder, LocalDate awardNoticeOn,
            LocalDate contractSignedOn, RefundRule rule, WorkingDayCalendar calendar) {
        if (status != DepositStatus.PAID) {
            return false;
        }
        checkSchedulable(lot);
        boolean won = bidder.equals(successfulBidder);
        var due = rule.due(track, won, awardNoticeOn, contractSignedOn, calendar);
        if (due.isEmpty()) {
            return false;
        }
        status = DepositStatus.REFUND_SCHEDULED;
        successful = won;
        refundDue = due.get();
        return true;
    }

    /** 422 REFUND_SCHEDULE_BEFORE_AWARD unless the lot is awarded, contracted or complete. */
    public static void checkSchedulable(LotSecurity lot) {
        if (!List.of(LotStatus.AWARDED, LotStatus.CONTRACTED, LotStatus.COMPLETE).contains(lot.status())) {
            throw new BusinessRuleViolationException("REFUND_SCHEDULE_BEFORE_AWARD", "lotId",
                    "Refunds are scheduled from the award notice or the contract; lot {0} is {1}", lot.lotId(),
                    lot.status());
        }
    }

    /** The refund went out on {@code on}; a late one owes interest. */
    public List<DepositEvent> refund(LocalDate on, RefundRule rule) {
        if (status != DepositStatus.REFUND_SCHEDULED) {
            throw new IllegalTransitionException(status.name(), "refund", status == DepositStatus.PAID
                    ? List.of("refund-schedule") : List.of());
        }
        if (on.isBefore(paidOn)) {
            throw new BusinessRuleViolationException("REFUND_BEFORE_PAYMENT", "refundedOn",
                    "A refund cannot precede the payment of {0}", paidOn);
        }
        status = DepositStatus.REFUNDED;
        refundedOn = on;
        interest = rule.interest(track, amount, refundDue, on);
        return List.of(new DepositEvent.DepositRefunded(id.toString(), lotId.toString(), bidder,
                amount.amount().toPlainString(), refundDue, on, RefundRule.daysLate(refundDue, on),
                interest.amount().toPlainString()));
    }

    /** Scheduled, not refunded, and past its due date on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return status == DepositStatus.REFUND_SCHEDULED && today.isAfter(refundDue);
    }

    public Snapshot snapshot() {
        return new Snapshot(id, lotId, track, bidder, amount, payingAccount, paidOn, recordedBy, recordedAt, status,
                successful, refundDue, refundedOn, interest, rowVersion);
    }

    /** The whole payment, as stored (sealed) and restored. */
    public record Snapshot(DepositId id, LotId lotId, Track track, String bidder, Money amount, String payingAccount,
            LocalDate paidOn, String recordedBy, Instant recordedAt, DepositStatus status, Boolean successful,
            LocalDate refundDue, LocalDate refundedOn, Money interest, long rowVersion) {

        Snapshot withRowVersion(long version) {
            return new Snapshot(id, lotId, track, bidder, amount, payingAccount, paidOn, recordedBy, recordedAt, status,
                    successful, refundDue, refundedOn, interest, version);
        }
    }

    public DepositId id() { return id; }
    public LotId lotId() { return lotId; }
    public Track track() { return track; }
    public String bidder() { return bidder; }
    public Money amount() { return amount; }
    public String payingAccount() { return payingAccount; }
    public LocalDate paidOn() { return paidOn; }
    public String recordedBy() { return recordedBy; }
    public DepositStatus status() { return status; }
    public Boolean successful() { return successful; }
    public LocalDate refundDue() { return refundDue; }
    public LocalDate refundedOn() { return refundedOn; }
    public Money interest() { return interest; }
    public long rowVersion() { return rowVersion; }
    public boolean isNew() { return rowVersion < 0; }
}
