package org.example.gov.trading.bid;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.example.gov.platform.audit.AuditKind;
import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.security.Actor;
import org.example.gov.trading.client.EnvelopeCheck;
import org.example.gov.trading.client.EnvelopeRejected;
import org.example.gov.trading.client.Receipt;
import org.example.gov.trading.client.ReceiptKey;
import org.example.gov.trading.client.SealedBid;
import org.example.gov.trading.tender.LotFacts;
import org.example.gov.trading.tender.LotId;
import org.example.gov.trading.tender.TenderService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sealed bids (投标): a bidder submits, replaces and withdraws their own encrypted bid on a lot until its deadline, and
 * gets a signed receipt for each accepted bid.
 *
 * <h2>Secrecy before the deadline</h2>
 * Nothing here answers, logs, counts or publishes anything about a lot's bids to anyone but the bid's own bidder: the
 * store holds lot and bidder only sealed and under a blind tag ({@link SealedBidStore}); the audit trail records a
 * pseudonym (the entry's tag) and the bid id, never the bidder or the lot, until the opening resolves each pseudonym in
 * one entry per bid ({@link #unseal}); no event, no metric (the bid endpoints are excluded from HTTP observations,
 * config/SecretRequestObservations). A bidder asking for a bid that is not theirs finds none (404): bids are only
 * ever looked up by the caller's own tag.
 *
 * <h2>The race with the deadline</h2>
 * A submission reads the lot under a shared lock on its project's row ({@link TenderService#factsForBid}) and keeps it
 * until its insert commits; the deadline job claims the row for update before it counts. So every bid accepted before
 * the count is counted, and none is accepted after it (then the lot is no longer TENDERING: 422 BID_LATE).
 *
 * <h2>For the opening capability</h2>
 * {@link #unseal(LotId)} at the deadline (in the deadline job's transaction), {@link #unsealed(LotId)} and
 * {@link #unsealed(LotId, String)} after it.
 */
public class BidService {

    /** The platform itself as the audit trail records its steps. */
    static final Actor PLATFORM = new Actor("trading-service", "trading-service", Set.of(), null, null);

    private final SealedBidStore store;
    private final TenderService tenders;
    private final ReceiptKeys keys;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final Clock clock;
    private final SubmissionEvidence evidence;

    public BidService(SealedBidStore store, TenderService tenders, ReceiptKeys keys, TransactionTemplate transactions,
            AuditTrail audit, Clock clock) {
        this(store, tenders, keys, transactions, audit, clock, SubmissionEvidence.NONE);
    }

    /** @param evidence told in each accepted submission's transaction where it came from (collusion evidence) */
    public BidService(SealedBidStore store, TenderService tenders, ReceiptKeys keys, TransactionTemplate transactions,
            AuditTrail audit, Clock clock, SubmissionEvidence evidence) {
        this.evidence = evidence;
        this.store = store;
        this.tenders = tenders;
        this.keys = keys;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Accepts the caller's sealed bid on the lot, replacing their earlier one, and answers its receipt. The upload is
     * complete when this is called (the body has been read): that instant decides lateness and is the receipt's time.
     *
     * @throws BusinessRuleViolationException BID_NOT_ENCRYPTED naming the reason (the body is never quoted),
     *                                        BID_LATE naming the deadline, TENDER_SUSPENDED
     */
    public Receipt submit(LotId lotId, byte[] body, Actor bidder) {
        return submit(lotId, body, bidder, ClientOrigin.UNKNOWN);
    }

    /** {@link #submit(LotId, byte[], Actor)} from {@code origin}, kept sealed as collusion evidence with the bid. */
    public Receipt submit(LotId lotId, byte[] body, Actor bidder, ClientOrigin origin) {
        Instant receivedAt = clock.instant();
        SealedBid sealed;
        try {
            sealed = EnvelopeCheck.validate(body);
        } catch (EnvelopeRejected e) {
            throw new BusinessRuleViolationException("BID_NOT_ENCRYPTED", "body",
                    "Only a sealed bid (gov-sealed-bid/1, SM4-GCM, SM2-wrapped key) is accepted: " + e.reason(),
                    e.reason().name());
        }
        String bidId = UUID.randomUUID().toString();
        Receipt receipt = keys.signer().sign(bidId, lotId.toString(), sealed, receivedAt);
        return transactions.execute(status -> {
            LotFacts lot = tenders.factsForBid(lotId);
            BidWindow.check(lot, receivedAt);
            boolean replaced = store.put(bidder.id(), receipt, sealed);
            evidence.submitted(bidId, lotId, bidder.id(), origin);
            audit.record(AuditKind.STAFF_ACTION, "DONE", pseudonym(lotId, bidder),
                    replaced ? "trading.bid-replace" : "trading.bid-submit", "bid", bidId, null, null);
            return receipt;
        });
    }

    /** Withdraws the caller's bid before the deadline (投标截止前撤回). 404 when they have none. */
    public void withdraw(LotId lotId, Actor bidder) {
        Instant at = clock.instant();
        transactions.executeWithoutResult(status -> {
            BidWindow.check(tenders.factsForBid(lotId), at);
            String bidId = store.delete(lotId, bidder.id()).orElseThrow(() -> noBid(lotId));
            evidence.withdrawn(bidId);
            audit.record(AuditKind.STAFF_ACTION, "DONE", pseudonym(lotId, bidder), "trading.bid-withdraw", "bid", bidId,
                    null, null);
        });
    }

    /** The caller's current bid on the lot, before or after the deadline; 404 when they have none. */
    public UnsealedBid mine(LotId lotId, Actor bidder) {
        return store.findSealed(lotId, bidder.id()).or(() -> store.unsealed(lotId, bidder.id()))
                .orElseThrow(() -> noBid(lotId));
    }

    public List<ReceiptKey> receiptKeys() {
        return keys.published();
    }

    // ------------------------------------------------------------------ the opening's seam

    /**
     * At the deadline: the lot's bids, moved out of the sealed store. Call in the deadline job's READ COMMITTED
     * transaction after {@link TenderService#claimAtDeadline}. Records, per bid, the one audit entry that resolves the
     * pseudonym its steps were audited under to its bidder.
     */
    public List<UnsealedBid> unseal(LotId lotId) {
        return store.unseal(lotId).stream().map(u -> {
            audit.record(AuditKind.STAFF_ACTION, "DONE", PLATFORM, "trading.bid-unsealed", "bid", u.bid().bidId(), null,
                    "sealed:" + u.entryTag().substring(0, 32) + " is " + u.bid().bidder() + " on lot " + lotId);
            return u.bid();
        }).toList();
    }

    /** A lot's bids after its deadline, first received first. */
    public List<UnsealedBid> unsealed(LotId lotId) {
        return store.unsealed(lotId);
    }

    /** Who bid on the lot, after its deadline (the open-data count of tenderers; no envelope read). */
    public List<String> unsealedBidders(LotId lotId) {
        return store.unsealedBidders(lotId);
    }

    /** The bidder's bid on the lot after its deadline. */
    public Optional<UnsealedBid> unsealed(LotId lotId, String bidder) {
        return store.unsealed(lotId, bidder);
    }

    /** The bidder as the audit trail may know them before the deadline: the entry's blind tag, no name, no region. */
    private Actor pseudonym(LotId lotId, Actor bidder) {
        return new Actor("sealed:" + store.tag(lotId, bidder.id()).substring(0, 32), "sealed", bidder.roles(), null, null);
    }

    private static NotFoundException noBid(LotId lotId) {
        return new NotFoundException("BID_NOT_FOUND", "You have no bid on lot " + lotId, lotId);
    }
}
