package org.example.gov.trading.guarantee;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import org.example.gov.platform.audit.AuditKind;
import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.personal.crypto.BlindIndex;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.ConflictException;
import org.example.gov.platform.problem.ForbiddenException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.scope.ScopePolicy;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
import org.example.gov.trading.tender.LotId;
import org.example.gov.trading.tender.LotSecurity;
import org.example.gov.trading.tender.TenderService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The guarantee capability's application service: one transaction per step — load (under lock), let the aggregate
 * decide, store, publish its events through the outbox, audit.
 *
 * <h2>Who reaches a guarantee</h2>
 * Its guarantor (token subject = the guarantor) through the signed guarantor API; its bidder (the lot and the bidder
 * of the guarantee = the caller); TRADING_STAFF and SUPERVISOR of the lot's region, and only once the lot's bid
 * deadline has passed. Anyone else gets 404.
 *
 * <h2>Secrecy before the deadline</h2>
 * A guarantee names a bidder and a lot. Before the deadline: storage is sealed ({@link GuaranteeRepository}); the
 * events carry no lot, bidder or amount ({@link GuaranteeEvent}); the audit entry of a bidder's presentation names a
 * pseudonym (a blind tag) and no lot, the guarantor's push names the guarantor and the guarantee's platform id only;
 * staff asking for a lot's guarantees get 422 GUARANTEES_SECRET_UNTIL_DEADLINE whether there are any or not. Nothing
 * here logs.
 *
 * <h2>For the bids and award capabilities</h2>
 * {@link #claim(LotId, String, ClaimGround, String, String, Actor)} records a claim on the bidder's verified guarantees
 * of a lot (staff today; the bids capability will call it when a bidder withdraws after the deadline or refuses to
 * sign) and {@link #release(LotId, String, Actor)} ends a lot's guarantees once it is awarded or ended; the capabilities
 * call {@link #claimForPlatform} and {@link #releaseForPlatform}, which act as {@link #PLATFORM}.
 */
public class GuaranteeService {

    /**
     * The platform itself, as the bids and award capabilities act through {@link #claimForPlatform} and
     * {@link #releaseForPlatform}: no region scope to check, audited as trading-service.
     */
    public static final Actor PLATFORM = new Actor("trading-service", "trading-service", Set.of(), null, null);

    private static final Set<Role> LOT_READERS = Set.of(Role.TRADING_STAFF, Role.SUPERVISOR);
    private static final List<GuaranteeStatus> OPEN = List.of(GuaranteeStatus.ISSUED, GuaranteeStatus.VERIFIED);

    private final GuaranteeRepository guarantees;
    private final TenderService tenders;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AuditTrail audit;
    private final BlindIndex tags;

    public GuaranteeService(GuaranteeRepository guarantees, TenderService tenders, Outbox outbox,
            TransactionTemplate transactions, Clock clock, AuditTrail audit, BlindIndex tags) {
        this.guarantees = guarantees;
        this.tenders = tenders;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.audit = audit;
        this.tags = tags;
    }

    /** The answer to a push: the guarantee, and whether this push created it (false: a repeat of the same push). */
    public record Pushed(Guarantee guarantee, boolean created) {
    }

    // ------------------------------------------------------------------ the guarantor

    /**
     * A guarantor pushes a guarantee it issued. A repeated push of the same number with the same content answers the
     * guarantee already recorded (a guarantor retries after a timeout); with other content it is 409.
     */
    public Pushed issue(Guarantee.Issue issue, Actor actor) {
        requireGuarantor(actor);
        var earlier = guarantees.byNumber(actor.id(), issue.number());
        if (earlier.isPresent()) {
            return repeated(earlier.get(), issue);
        }
        LotSecurity lot = lot(issue.lotId());
        try {
            Guarantee g = transactions.execute(status -> {
                List<GuaranteeEvent> events = new ArrayList<>();
                Guarantee created = Guarantee.issue(actor.id(), issue, lot, clock.instant(), events);
                guarantees.save(created);
                publish(events);
                audit.staffAction(actor, "trading.guarantee-issue", "guarantee", created.id().toString());
                return created;
            });
            return new Pushed(guarantees.find(g.id()).orElseThrow(), true);
        } catch (DuplicateKeyException concurrentTwin) {
            return repeated(guarantees.byNumber(actor.id(), issue.number()).orElseThrow(() -> concurrentTwin), issue);
        }
    }

    /** The guarantor's own guarantee by its number. */
    public Guarantee issued(String number, Actor actor) {
        requireGuarantor(actor);
        return guarantees.byNumber(actor.id(), number).orElseThrow(() -> notFound(number));
    }

    private Pushed repeated(Guarantee earlier, Guarantee.Issue issue) {
        if (!earlier.sameAs(issue)) {
            throw new ConflictException("GUARANTEE_NUMBER_TAKEN",
                    "Guarantee number {0} was pushed before with other content", issue.number());
        }
        return new Pushed(earlier, false);
    }

    // ------------------------------------------------------------------ the bidder

    /**
     * The bidder presents a guarantee for its bid on a lot: the document it holds is hashed (SM3) and checked, with
     * the guarantee's amount and validity, against the guarantor's push and the lot's requirements.
     */
    public Guarantee present(LotId lotId, String guarantor, String number, byte[] document, Actor actor) {
        requireBidder(actor);
        Guarantee found = guarantees.byNumber(guarantor, number)
                .filter(g -> g.lotId().equals(lotId) && g.bidder().equals(actor.id()))
                .orElseThrow(() -> notFound(number));
        LotSecurity lot = lot(lotId);
        String presented = Sm3.hex(document);
        return perform(found.id(), GuaranteeAction.VERIFY, pseudonym(actor, lotId),
                (g, now) -> g.verify(presented, lot, now));
    }

    /** The caller's own guarantees on a lot. */
    public List<Guarantee> mine(LotId lotId, Actor actor) {
        requireBidder(actor);
        return guarantees.held(lotId, actor.id());
    }

    // ------------------------------------------------------------------ trading staff (after the deadline)

    /** A lot's guarantees, to staff and supervisors of its region, once its bid deadline has passed. */
    public List<Guarantee> ofLot(LotId lotId, Actor actor) {
        LotSecurity lot = reachable(lotId, actor, LOT_READERS);
        afterDeadline(lot);
        List<Guarantee> list = guarantees.ofLot(lotId, List.of(GuaranteeStatus.values()));
        transactions.executeWithoutResult(s -> audit.staffAction(actor, "trading.guarantees-read", "lot",
                lotId.toString()));
        return list;
    }

    /**
     * Ends the liability of every open guarantee of a lot once it is awarded (or later), failed or cancelled; each
     * release is an event to its guarantor. @return the released guarantees
     */
    public List<Guarantee> release(LotId lotId, String reason, Actor actor) {
        return release(lotId, bidder -> true, reason, actor);
    }

    private List<Guarantee> release(LotId lotId, java.util.function.Predicate<String> ofBidder, String reason,
            Actor actor) {
        LotSecurity lot = reachable(lotId, actor, Set.of(Role.TRADING_STAFF));
        List<Guarantee> open = guarantees.ofLot(lotId, OPEN).stream().filter(g -> ofBidder.test(g.bidder())).toList();
        if (open.isEmpty()) {
            // the lot's state decides even when there is nothing to release, so the answer tells nothing either way
            Guarantee.checkReleasable(lot);
        }
        return transactions.execute(status -> open.stream()
                .map(g -> perform(g.id(), GuaranteeAction.RELEASE, actor, (x, now) -> x.release(lot, reason, now)))
                .toList());
    }

    /**
     * 理赔: records a claim on the bidder's verified guarantees of a lot, with the legal ground, the reason and the fact
     * it rests on (e.g. "withdrawal received 2026-03-23T02:10:00Z, receipt ..."). For trading staff of the lot's region;
     * the bids capability will call it with the platform as actor when it sees a withdrawal after the deadline.
     * 404 GUARANTEE_NOT_FOUND when the bidder has no verified guarantee on the lot.
     */
    public List<Guarantee> claim(LotId lotId, String bidder, ClaimGround ground, String reason, String fact,
            Actor actor) {
        LotSecurity lot = reachable(lotId, actor, Set.of(Role.TRADING_STAFF));
        // before the deadline even "this bidder has no guarantee here" would tell who bids: one answer for all
        afterDeadline(lot);
        List<Guarantee> verified = guarantees.held(lotId, bidder).stream()
                .filter(g -> g.status() == GuaranteeStatus.VERIFIED).toList();
        if (verified.isEmpty()) {
            throw new NotFoundException("GUARANTEE_NOT_FOUND", "No verified guarantee of {0} on lot {1}", bidder,
                    lotId);
        }
        return transactions.execute(status -> verified.stream()
                .map(g -> perform(g.id(), GuaranteeAction.CLAIM, actor,
                        (x, now) -> x.claim(ground, reason, fact, actor.id(), lot, now)))
                .toList());
    }

    /**
     * {@link #claim} for the bids capability, which sees a withdrawal after the deadline (or the award capability a
     * refusal to sign) and records the claim itself, with the fact it rests on (e.g. the withdrawal's time and receipt).
     */
    public List<Guarantee> claimForPlatform(LotId lotId, String bidder, ClaimGround ground, String reason,
            String fact) {
        return claim(lotId, bidder, ground, reason, fact, PLATFORM);
    }

    /** {@link #release} for the opening and award capabilities (a failed lot, an award, a contract). */
    public List<Guarantee> releaseForPlatform(LotId lotId, String reason) {
        return release(lotId, reason, PLATFORM);
    }

    /** Whether the bidder holds a verified guarantee on the lot: the award capability asks before a claim. */
    public boolean hasVerified(LotId lotId, String bidder) {
        return guarantees.held(lotId, bidder).stream().anyMatch(g -> g.status() == GuaranteeStatus.VERIFIED);
    }

    /**
     * At the award notice: every open guarantee of the lot but the winner's, which stays until the contract is signed
     * (a winner refusing to sign forfeits it, 招标投标法实施条例 第74条).
     */
    public List<Guarantee> releaseOthersForPlatform(LotId lotId, String winner, String reason) {
        return release(lotId, bidder -> !bidder.equals(winner), reason, PLATFORM);
    }

    // ------------------------------------------------------------------ the one way to change a guarantee

    /** Load under lock, let the aggregate decide, store, publish, audit — in one transaction (or the caller's). */
    Guarantee perform(GuaranteeId id, GuaranteeAction action, Actor actor,
            BiFunction<Guarantee, Instant, List<GuaranteeEvent>> step) {
        transactions.executeWithoutResult(status -> {
            Guarantee g = guarantees.findForUpdate(id).orElseThrow(() -> notFound(id.toString()));
            List<GuaranteeEvent> events = step.apply(g, clock.instant());
            guarantees.save(g);
            publish(events);
            audit.staffAction(actor, "trading.guarantee-" + action.label(), "guarantee", id.toString());
        });
        return guarantees.find(id).orElseThrow();
    }

    private void publish(List<GuaranteeEvent> events) {
        events.forEach(e -> outbox.publish(GuaranteeEvent.TOPIC, e.type(), e.guaranteeId(), e));
    }

    private LotSecurity lot(LotId lotId) {
        return tenders.security(lotId);
    }

    private LotSecurity reachable(LotId lotId, Actor actor, Set<Role> roles) {
        LotSecurity lot = lot(lotId);
        if (actor != PLATFORM && !ScopePolicy.of(actor, roles).covers(lot.region(), null)) {
            throw new NotFoundException("LOT_NOT_FOUND", "No lot {0}", lotId);
        }
        return lot;
    }

    private void afterDeadline(LotSecurity lot) {
        if (lot.bidDeadline() == null || clock.instant().isBefore(lot.bidDeadline())) {
            throw new BusinessRuleViolationException("GUARANTEES_SECRET_UNTIL_DEADLINE", "lotId",
                    "Which bidders hold guarantees on a lot stays secret until its bid deadline");
        }
    }

    /** The bidder as the audit trail may know it before the deadline: a blind tag, no name, no lot. */
    private Actor pseudonym(Actor actor, LotId lotId) {
        String tag = tags.of("guarantee-actor|" + lotId + "|" + actor.id());
        return new Actor("sealed:" + tag.substring(0, 32), "sealed", actor.roles(), null, null);
    }

    private static void requireGuarantor(Actor actor) {
        if (!actor.has(Role.GUARANTOR)) {
            throw new ForbiddenException("NOT_A_GUARANTOR", null, "Guarantees are pushed by their guarantor");
        }
    }

    private static void requireBidder(Actor actor) {
        if (!actor.has(Role.BIDDER)) {
            throw new ForbiddenException("NOT_A_BIDDER", null, "A bidder presents its own guarantees");
        }
    }

    private static NotFoundException notFound(String what) {
        return new NotFoundException("GUARANTEE_NOT_FOUND", "No guarantee {0}", what);
    }
}
