package org.example.gov.trading.opening;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.example.gov.platform.audit.AuditKind;
import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.problem.ConflictException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
import org.example.gov.trading.bid.BidService;
import org.example.gov.trading.bid.ClientOrigin;
import org.example.gov.trading.bid.UnsealedBid;
import org.example.gov.trading.client.BidDocument;
import org.example.gov.trading.client.BidOpening;
import org.example.gov.trading.client.DecryptionFailure;
import org.example.gov.trading.tender.LotFacts;
import org.example.gov.trading.tender.LotId;
import org.example.gov.trading.tender.LotStatus;
import org.example.gov.trading.tender.TenderService;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The online opening (开标) of a lot: the deadline step, bidders' decryption in the window, the centre's record of
 * platform failures, objections at the opening, and the published record.
 *
 * <h2>At the deadline, exactly once</h2>
 * {@link #passDeadline(LotId)} runs in a READ COMMITTED transaction that first claims the lot's project row
 * ({@link TenderService#claimAtDeadline}: FOR UPDATE SKIP LOCKED, so a second replica or a concurrent run skips it and
 * bids being stored make it wait for the next tick), re-checks that the lot is still TENDERING, past its deadline and
 * not blocked by an objection or a suspension, then unseals and counts the bids, lets the tender decide (FAILED below
 * the minimum, else OPENING), inserts the lot's opening row (its primary key is the last guard) and publishes the
 * events, all in that transaction. A restart between ticks finds the lot no longer TENDERING.
 *
 * <h2>Decryption</h2>
 * The bidder submits the SM4 key that unwraps from their envelope; the check (SM3 of the stored ciphertext = the
 * receipt's, SM4-GCM with the lot as AAD, the document's lot, bidder and total) runs outside any lock, then the result
 * is recorded under the lot's opening row. A bidder's failure is 撤销 (REVOKED) with the reason; a failure on the
 * platform's side (the stored ciphertext is not the receipted one) leaves the bid PENDING for trading-centre staff to
 * record as 撤回 (WITHDRAWN) with what failed. Decryption ends when every bid has a result or the window ends (the
 * window job); what is still pending then is REVOKED (NOT_DECRYPTED_IN_WINDOW), the record is published (event and
 * GET) and the lot moves to evaluation.
 *
 * <h2>For the evaluation and expert capabilities</h2>
 * {@link #openedBidders(LotId)} and {@link #openedBids(LotId)}: who opened, with prices, once the record is published.
 */
public class OpeningService {

    /** Who follow a lot's opening besides its bidders, each within their reach. */
    static final Set<Role> PARTIES = Set.of(Role.TENDEREE, Role.TENDER_AGENT, Role.TRADING_STAFF, Role.SUPERVISOR);
    static final Actor PLATFORM = new Actor("trading-service", "trading-service", Set.of(), null, null);
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OpeningService.class);

    private final OpeningRepository openings;
    private final BidService bids;
    private final TenderService tenders;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final LiveOpening live;
    private final TransactionTemplate transactions;
    private final TransactionTemplate readCommitted;
    private final Clock clock;
    private final OpeningObserver observer;

    public OpeningService(OpeningRepository openings, BidService bids, TenderService tenders, Outbox outbox,
            AuditTrail audit, LiveOpening live, TransactionTemplate transactions, TransactionTemplate readCommitted,
            Clock clock) {
        this(openings, bids, tenders, outbox, audit, live, transactions, readCommitted, clock, OpeningObserver.NONE);
    }

    /** @param observer told where decryptions came from and when the record is published (collusion warnings) */
    public OpeningService(OpeningRepository openings, BidService bids, TenderService tenders, Outbox outbox,
            AuditTrail audit, LiveOpening live, TransactionTemplate transactions, TransactionTemplate readCommitted,
            Clock clock, OpeningObserver observer) {
        this.observer = observer;
        this.openings = openings;
        this.bids = bids;
        this.tenders = tenders;
        this.outbox = outbox;
        this.audit = audit;
        this.live = live;
        this.transactions = transactions;
        this.readCommitted = readCommitted;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ the jobs

    /** One tick of the deadline job: every lot past its deadline that may open now. @return the lots it processed */
    public int passDeadlines() {
        Instant now = clock.instant();
        int done = 0;
        for (LotId lot : tenders.lotsPastDeadline(now)) {
            try {
                if (passDeadline(lot)) {
                    done++;
                }
            } catch (RuntimeException e) {
                // one lot's failure (a deadlock victim, a concurrent step) must not hold the others: next tick retries
                LOG.warn("deadline step of lot {} failed, retried next tick: {}", lot, e.toString());
            }
        }
        return done;
    }

    /** The deadline step of one lot (see the class comment). @return false when skipped (claimed elsewhere, blocked) */
    public boolean passDeadline(LotId lotId) {
        Instant now = clock.instant();
        return Boolean.TRUE.equals(readCommitted.execute(status -> {
            Optional<LotFacts> claimed = tenders.claimAtDeadline(lotId);
            if (claimed.isEmpty()) {
                return false;
            }
            LotFacts lot = claimed.get();
            if (lot.status() != LotStatus.TENDERING || lot.openingBlocked() || now.isBefore(lot.bidDeadline())) {
                return false;
            }
            List<UnsealedBid> unsealed = bids.unseal(lotId);
            LotStatus outcome = tenders.deadlinePassed(lotId, unsealed.size(), now);
            Opening opening = Opening.atDeadline(lot, outcome, unsealed.size(), now);
            openings.insert(opening);
            String project = lot.projectId().toString();
            publish(new OpeningEvent.BidDeadlinePassed(project, lotId.toString(), lot.bidDeadline(), now,
                    unsealed.size(), outcome.name()));
            if (opening.stage() == OpeningStage.FAILED) {
                publish(new OpeningEvent.LotFailed(project, lotId.toString(), "TOO_FEW_BIDS", unsealed.size(),
                        tenders.policy().minBidsToOpen(), now));
            } else {
                unsealed.forEach(b -> openings.insert(BidDecryption.pending(b.bidId(), lotId.toString(), b.bidder())));
                publish(new OpeningEvent.OpeningStarted(project, lotId.toString(), unsealed.size(), now,
                        opening.windowEndsAt()));
            }
            audit.record(AuditKind.STAFF_ACTION, "DONE", PLATFORM, "trading.opening-deadline-passed", "lot",
                    lotId.toString(), null, unsealed.size() + " bids, " + opening.stage());
            afterCommit(() -> live.push(lotId, opening.stage() == OpeningStage.FAILED ? "lot-failed" : "window-opened",
                    Map.of("bidCount", unsealed.size(), "windowEndsAt", String.valueOf(opening.windowEndsAt()))));
            return true;
        }));
    }

    /** One tick of the window job: publishes the record of every lot whose window has ended. */
    public int endWindows() {
        int done = 0;
        for (LotId lot : openings.windowsEnded(clock.instant(), 100)) {
            Instant now = clock.instant();
            try {
                Boolean ended = transactions.execute(status -> openings.claim(lot)
                        .filter(o -> o.decryptionEnded(openings.bids(lot), now))
                        .map(o -> {
                            publishRecord(o, openings.bids(lot), now);
                            return true;
                        }).orElse(false));
                if (Boolean.TRUE.equals(ended)) {
                    done++;
                }
            } catch (RuntimeException e) {
                LOG.warn("end of the decryption window of lot {} failed, retried next tick: {}", lot, e.toString());
            }
        }
        return done;
    }

    // ------------------------------------------------------------------ bidders and staff during the window

    /** What a decryption came to: DECRYPTED, REVOKED with the reason, or PENDING when the platform's side failed. */
    public record Outcome(DecryptionResult result, String reason) {
    }

    /** The caller decrypts their own bid with the SM4 key unwrapped from their envelope. */
    public Outcome decrypt(LotId lotId, String key, Actor bidder) {
        return decrypt(lotId, key, bidder, ClientOrigin.UNKNOWN);
    }

    /** {@link #decrypt(LotId, String, Actor)} from {@code origin}, which the {@link OpeningObserver} keeps as evidence. */
    public Outcome decrypt(LotId lotId, String key, Actor bidder, ClientOrigin origin) {
        Instant now = clock.instant();
        UnsealedBid bid = bids.unsealed(lotId, bidder.id()).orElseThrow(() -> noBid(lotId));
        openings.find(lotId).orElseThrow(() -> noOpening(lotId)).checkWindowOpen(now);
        BidDocument document = null;
        DecryptionFailure failure = null;
        try {
            document = BidOpening.open(bid.envelope(), BidOpening.decodeKey(key), bid.receipt(), bidder.id());
        } catch (DecryptionFailure f) {
            failure = f;
        }
        BidDocument opened = document;
        DecryptionFailure failed = failure;
        return transactions.execute(status -> {
            Opening opening = openings.lock(lotId).orElseThrow(() -> noOpening(lotId));
            opening.checkWindowOpen(now);
            List<BidDecryption> all = openings.bids(lotId);
            BidDecryption mine = all.stream().filter(b -> b.bidId().equals(bid.bidId())).findFirst()
                    .orElseThrow(() -> noBid(lotId));
            Outcome outcome;
            if (failed == null) {
                mine.decrypted(opened, now);
                outcome = new Outcome(DecryptionResult.DECRYPTED, null);
            } else if (failed.reason().bidderFault()) {
                mine.revoked(failed.reason().name(), failed.getMessage(), now);
                outcome = new Outcome(DecryptionResult.REVOKED, failed.reason().name());
            } else {
                if (mine.decided()) {
                    throw new ConflictException("BID_ALREADY_DECIDED", "Bid " + mine.bidId() + " is already " + mine.result(),
                            mine.result());
                }
                audit.record(AuditKind.STAFF_ACTION, "FAILED", bidder, "trading.bid-decrypt", "bid", bid.bidId(), null,
                        "platform side: " + failed.reason());
                afterCommit(() -> live.push(lotId, "platform-failure-suspected", Map.of("bidId", bid.bidId())));
                return new Outcome(DecryptionResult.PENDING, failed.reason().name());
            }
            openings.update(mine);
            observer.decrypted(bid, origin, failed == null ? opened : null);
            audit.record(AuditKind.STAFF_ACTION, "DONE", bidder, "trading.bid-decrypt", "bid", bid.bidId(), null,
                    mine.result() + (mine.reason() == null ? "" : " " + mine.reason()));
            afterCommit(() -> live.push(lotId, "bid-" + mine.result().name().toLowerCase(),
                    Map.of("bidId", mine.bidId(), "bidder", mine.bidder(), "reason", String.valueOf(mine.reason()))));
            if (opening.decryptionEnded(all, now)) {
                publishRecord(opening, all, now);
            }
            return outcome;
        });
    }

    /** 撤回: trading-centre staff record a failure on the platform's side for one bid, with what failed. */
    public void recordPlatformFailure(LotId lotId, String bidId, String reason, Actor staff) {
        if (!tenders.reaches(lotId, staff, Set.of(Role.TRADING_STAFF))) {
            throw noOpening(lotId);
        }
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            Opening opening = openings.lock(lotId).orElseThrow(() -> noOpening(lotId));
            opening.checkRunning();
            List<BidDecryption> all = openings.bids(lotId);
            BidDecryption bid = all.stream().filter(b -> b.bidId().equals(bidId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("BID_NOT_FOUND", "No bid " + bidId + " in this opening", bidId));
            bid.withdrawnForPlatformFailure(reason, staff.id(), now);
            openings.update(bid);
            audit.record(AuditKind.STAFF_ACTION, "DONE", staff, "trading.bid-withdrawn-platform-failure", "bid", bidId,
                    null, null);
            afterCommit(() -> live.push(lotId, "bid-withdrawn", Map.of("bidId", bidId, "bidder", bid.bidder())));
            if (opening.decryptionEnded(all, now)) {
                publishRecord(opening, all, now);
            }
        });
    }

    // ------------------------------------------------------------------ objections at the opening

    /** A bidder of the lot raises an objection during the opening. */
    public OpeningObjection fileObjection(LotId lotId, String text, Actor bidder) {
        bids.unsealed(lotId, bidder.id()).orElseThrow(() -> noOpening(lotId));
        Instant now = clock.instant();
        return transactions.execute(status -> {
            openings.lock(lotId).orElseThrow(() -> noOpening(lotId)).checkRunning();
            OpeningObjection o = OpeningObjection.file(lotId.toString(), bidder.id(), text, now);
            openings.insert(o);
            audit.record(AuditKind.STAFF_ACTION, "DONE", bidder, "trading.opening-objection", "lot", lotId.toString(),
                    null, null);
            afterCommit(() -> live.push(lotId, "objection-filed", Map.of("objectionId", o.id(), "text", o.text())));
            return o;
        });
    }

    /** The tenderee or its agent answers an objection on the spot. */
    public OpeningObjection answerObjection(LotId lotId, String objectionId, String answer, Actor party) {
        if (!tenders.reaches(lotId, party, Set.of(Role.TENDEREE, Role.TENDER_AGENT))) {
            throw noOpening(lotId);
        }
        Instant now = clock.instant();
        return transactions.execute(status -> {
            openings.lock(lotId).orElseThrow(() -> noOpening(lotId));
            OpeningObjection o = openings.objections(lotId).stream().filter(x -> x.id().equals(objectionId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("OBJECTION_NOT_FOUND", "No objection " + objectionId,
                            objectionId));
            o.answer(answer, party.id(), now);
            openings.update(o);
            audit.staffAction(party, "trading.opening-objection-answer", "lot", lotId.toString());
            afterCommit(() -> live.push(lotId, "objection-answered", Map.of("objectionId", o.id(), "answer", o.answer())));
            return o;
        });
    }

    // ------------------------------------------------------------------ reads

    /** The opening as the caller may see it: bids and prices only once the record is published. */
    public record View(Opening opening, List<BidDecryption> bids, Map<String, Instant> receivedAt,
            List<OpeningObjection> objections) {
    }

    public View view(LotId lotId, Actor actor) {
        checkFollows(lotId, actor);
        Opening o = openings.find(lotId).orElseThrow(() -> noOpening(lotId));
        boolean published = o.stage() == OpeningStage.PUBLISHED;
        return new View(o, published ? openings.bids(lotId) : List.of(), published ? receivedAt(lotId) : Map.of(),
                openings.objections(lotId));
    }

    /** 404 unless the caller is a bidder of the lot or a party that reaches it. */
    public void checkFollows(LotId lotId, Actor actor) {
        boolean bidder = actor.has(Role.BIDDER) && bids.unsealed(lotId, actor.id()).isPresent();
        if (!bidder && !tenders.reaches(lotId, actor, PARTIES)) {
            throw noOpening(lotId);
        }
    }

    /**
     * For the expert and evaluation capabilities: the subject ids of the bidders whose bids were opened (DECRYPTED) at
     * the lot's published opening, in bid id order; empty until the record is published (and
     * for a lot that failed). REVOKED and WITHDRAWN bids are not among them.
     */
    public List<String> openedBidders(LotId lotId) {
        return openedBids(lotId).stream().map(OpenedBid::bidder).toList();
    }

    /** {@link #openedBidders(LotId)} with each opened bid's decrypted prices (total and schedule). */
    public List<OpenedBid> openedBids(LotId lotId) {
        Optional<Opening> o = openings.find(lotId);
        if (o.isEmpty() || o.get().stage() != OpeningStage.PUBLISHED) {
            return List.of();
        }
        return openings.bids(lotId).stream().filter(b -> b.result() == DecryptionResult.DECRYPTED)
                .map(b -> new OpenedBid(b.bidId(), b.bidder(), b.total(), b.schedule())).toList();
    }

    // ------------------------------------------------------------------ internals

    private void publishRecord(Opening opening, List<BidDecryption> all, Instant now) {
        LotId lotId = LotId.of(opening.lotId());
        opening.publish(all, now);
        all.forEach(openings::update);
        openings.update(opening);
        Map<String, Instant> received = receivedAt(lotId);
        publish(new OpeningEvent.OpeningRecordPublished(opening.projectId(), opening.lotId(), opening.deadline(),
                opening.deadlinePassedAt(), now,
                all.stream().map(b -> new OpeningEvent.RecordedBid(b.bidId(), b.bidder(), received.get(b.bidId()),
                        b.result().name(), b.reason(), b.total() == null ? null : b.total().toPlainString(),
                        b.decidedAt())).toList(),
                openings.objections(lotId).stream().map(x -> new OpeningEvent.RecordedObjection(x.id(), x.bidder(),
                        x.text(), x.filedAt(), x.answer(), x.answeredAt())).toList()));
        tenders.openingConcluded(lotId);
        audit.record(AuditKind.STAFF_ACTION, "DONE", PLATFORM, "trading.opening-record-published", "lot",
                opening.lotId(), null, null);
        afterCommit(() -> live.push(lotId, "record-published", Map.of("publishedAt", now.toString())));
        afterCommit(() -> observer.recordPublished(lotId));
    }

    private Map<String, Instant> receivedAt(LotId lotId) {
        return bids.unsealed(lotId).stream()
                .collect(java.util.stream.Collectors.toMap(UnsealedBid::bidId, UnsealedBid::receivedAt));
    }

    private void publish(OpeningEvent e) {
        outbox.publish(OpeningEvent.TOPIC, e.type(), e.projectId(), e);
    }

    private static void afterCommit(Runnable r) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                r.run();
            }
        });
    }

    private static NotFoundException noBid(LotId lotId) {
        return new NotFoundException("BID_NOT_FOUND", "You have no bid on lot " + lotId, lotId);
    }

    private static NotFoundException noOpening(LotId lotId) {
        return new NotFoundException("OPENING_NOT_FOUND", "No opening of lot " + lotId, lotId);
    }
}
