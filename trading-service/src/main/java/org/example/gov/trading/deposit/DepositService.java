package org.example.gov.trading.deposit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.calendar.CalendarReplica;
import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.ForbiddenException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.scope.ScopePolicy;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
import org.example.gov.trading.guarantee.GuaranteeService;
import org.example.gov.trading.tender.LotId;
import org.example.gov.trading.tender.LotSecurity;
import org.example.gov.trading.tender.Money;
import org.example.gov.trading.tender.TenderService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deposit capability's application service (投标保证金 paid by transfer): trading staff of the lot's region record
 * payments while the lot is tendering, schedule the refunds once the award notice / contract is known (due dates on the
 * shared calendar of the lot's region, {@link RefundRule}), record each refund (late ones owe interest, published as
 * gov.trading.deposit-refunded.v1) and follow the refund-overdue list. A bidder sees its own deposits. Before the
 * deadline nothing answers who paid for a lot or how many did: storage is sealed ({@link DepositRepository}), the audit
 * entry of a payment names the deposit id, not the lot or bidder, and nothing is published.
 */
public class DepositService {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Set<Role> STAFF = Set.of(Role.TRADING_STAFF);
    private static final Set<Role> OVERSEERS = Set.of(Role.TRADING_STAFF, Role.SUPERVISOR);

    private final DepositRepository deposits;
    private final TenderService tenders;
    private final CalendarReplica calendars;
    private final RefundRule rule;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AuditTrail audit;

    public DepositService(DepositRepository deposits, TenderService tenders, CalendarReplica calendars, RefundRule rule,
            Outbox outbox, TransactionTemplate transactions, Clock clock, AuditTrail audit) {
        this.deposits = deposits;
        this.tenders = tenders;
        this.calendars = calendars;
        this.rule = rule;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.audit = audit;
    }

    /** A deposit received by transfer for a lot that is tendering. */
    public DepositPayment record(LotId lotId, String bidder, Money amount, String payingAccount, LocalDate paidOn,
            Actor actor) {
        LotSecurity lot = reachable(lotId, actor, STAFF);
        DepositPayment d = DepositPayment.record(lot, bidder, amount, payingAccount, paidOn, actor.id(),
                clock.instant());
        transactions.executeWithoutResult(status -> {
            deposits.save(d);
            audit.staffAction(actor, "trading.deposit-record", "deposit", d.id().toString());
        });
        return deposits.find(d.id()).orElseThrow();
    }

    /** The caller's own deposits on a lot. */
    public List<DepositPayment> mine(LotId lotId, Actor actor) {
        if (!actor.has(Role.BIDDER)) {
            throw new ForbiddenException("NOT_A_BIDDER", null, "A bidder sees its own deposits");
        }
        return deposits.held(lotId, actor.id());
    }

    /**
     * Fixes the refund dates of the lot's deposits from the award notice and, once signed, the contract (call again
     * when the contract is signed: deposits already scheduled keep their date). @return the deposits scheduled now
     */
    public List<DepositPayment> scheduleRefunds(LotId lotId, String successfulBidder, LocalDate awardNoticeOn,
            LocalDate contractSignedOn, Actor actor) {
        return schedule(reachable(lotId, actor, STAFF), successfulBidder, awardNoticeOn, contractSignedOn, actor);
    }

    /**
     * {@link #scheduleRefunds} for the award capability, which calls it at the award notice and again at the contract,
     * in its own transaction, as the platform.
     */
    public List<DepositPayment> scheduleRefundsForPlatform(LotId lotId, String successfulBidder,
            LocalDate awardNoticeOn, LocalDate contractSignedOn) {
        return schedule(tenders.security(lotId), successfulBidder, awardNoticeOn, contractSignedOn,
                GuaranteeService.PLATFORM);
    }

    private List<DepositPayment> schedule(LotSecurity lot, String successfulBidder, LocalDate awardNoticeOn,
            LocalDate contractSignedOn, Actor actor) {
        LotId lotId = lot.lotId();
        if (contractSignedOn != null && contractSignedOn.isBefore(awardNoticeOn)) {
            throw new BusinessRuleViolationException("CONTRACT_BEFORE_AWARD_NOTICE", "contractSignedOn",
                    "The contract ({0}) cannot precede the award notice ({1})", contractSignedOn, awardNoticeOn);
        }
        var calendar = calendars.calendar(lot.region());
        return transactions.execute(status -> {
            List<DepositPayment> scheduled = new ArrayList<>();
            for (DepositPayment found : deposits.unscheduled(lotId)) {
                DepositPayment d = deposits.findForUpdate(found.id()).orElseThrow();
                if (d.scheduleRefund(lot, successfulBidder, awardNoticeOn, contractSignedOn, rule, calendar)) {
                    deposits.save(d);
                    scheduled.add(d);
                    audit.staffAction(actor, "trading.deposit-refund-schedule", "deposit", d.id().toString());
                }
            }
            if (scheduled.isEmpty()) {
                // still check the lot's stage, so an early call is refused even when nothing would be scheduled
                DepositPayment.checkSchedulable(lot);
            }
            return scheduled.stream().map(d -> deposits.find(d.id()).orElseThrow()).toList();
        });
    }

    /** The refund went out on {@code refundedOn}: the deposit is closed with the interest a late refund owes. */
    public DepositPayment refund(DepositId id, LocalDate refundedOn, Actor actor) {
        DepositPayment found = deposits.find(id).orElseThrow(() -> notFound(id));
        reachable(found.lotId(), actor, STAFF);
        transactions.executeWithoutResult(status -> {
            DepositPayment d = deposits.findForUpdate(id).orElseThrow(() -> notFound(id));
            List<DepositEvent> events = d.refund(refundedOn, rule);
            deposits.save(d);
            events.forEach(e -> outbox.publish(DepositEvent.TOPIC, e.type(), e.depositId(), e));
            audit.staffAction(actor, "trading.deposit-refund", "deposit", id.toString());
        });
        return deposits.find(id).orElseThrow();
    }

    /** One late refund: how many days past its due date today, and the interest owed if refunded today. */
    public record Overdue(DepositPayment deposit, long daysOverdue, Money interestToDate) {
    }

    /** Refunds past their due date, in the caller's region, most overdue first. */
    public List<Overdue> overdue(Actor actor, int page, int size) {
        if (!ScopePolicy.actsAsStaff(actor, OVERSEERS)) {
            throw new ForbiddenException("FORBIDDEN", null, "The overdue list is for trading staff and supervisors");
        }
        LocalDate today = LocalDate.now(clock.withZone(BEIJING));
        Map<LotId, LotSecurity> lots = new HashMap<>();
        return deposits.overdue(today, page, size).stream()
                .filter(d -> ScopePolicy.of(actor, OVERSEERS)
                        .covers(lots.computeIfAbsent(d.lotId(), tenders::security).region(), null))
                .map(d -> new Overdue(d, RefundRule.daysLate(d.refundDue(), today),
                        rule.interest(d.track(), d.amount(), d.refundDue(), today)))
                .toList();
    }

    private LotSecurity reachable(LotId lotId, Actor actor, Set<Role> roles) {
        LotSecurity lot = tenders.security(lotId);
        if (!ScopePolicy.of(actor, roles).covers(lot.region(), null)) {
            throw new NotFoundException("LOT_NOT_FOUND", "No lot {0}", lotId);
        }
        return lot;
    }

    private static NotFoundException notFound(DepositId id) {
        return new NotFoundException("DEPOSIT_NOT_FOUND", "No deposit {0}", id);
    }
}
