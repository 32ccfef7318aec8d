package org.example.gov.trading.integrity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.example.gov.platform.audit.AuditKind;
import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.problem.ConflictException;
import org.example.gov.platform.problem.ForbiddenException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
import org.example.gov.trading.bid.BidService;
import org.example.gov.trading.bid.UnsealedBid;
import org.example.gov.trading.deposit.DepositPayment;
import org.example.gov.trading.deposit.DepositRepository;
import org.example.gov.trading.integrity.EvidenceStore.Evidence;
import org.example.gov.trading.integrity.EvidenceStore.Stage;
import org.example.gov.trading.opening.OpenedBid;
import org.example.gov.trading.opening.OpeningService;
import org.example.gov.trading.scoring.EvaluationService;
import org.example.gov.trading.tender.LotId;
import org.example.gov.trading.tender.TenderService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Collusion warnings (围标串标预警) of a lot: gathers each bid's sealed evidence, applies {@link CollusionRules} and keeps
 * the result sealed; publishes gov.trading.collusion-flagged.v1 when the warnings change.
 *
 * <h2>Never before the opening, never to bidders</h2>
 * A lot is analysed, and its warnings shown, only once its opening record is published ({@link OpeningService#openedBids}
 * is empty before): until then every question answers 409 COLLUSION_ANALYSIS_NOT_READY whatever bids there are, so the
 * answer says nothing a deadline does not. Who sees the warnings: the experts seated now on the lot's committee (they
 * weigh them in the evaluation), and trading-centre staff and supervisors whose region reaches the project; every read
 * is audited. Another expert: 403 EXPERT_NOT_SEATED. Bidders, the tenderee and its agent: 403 at the door.
 *
 * <h2>Evidence, not verdicts</h2>
 * Nothing here writes a bid, a decryption result, the opening record or a lot's status: the analysis reads them and
 * writes only its own table, its audit line and its event.
 *
 * <h2>When</h2>
 * Automatically once the record is published ({@link #analyseAfterOpening}, after that commit); again whenever staff ask
 * ({@link #recompute}, e.g. after a late deposit record or new thresholds); and, as a catch-up when the automatic run
 * was lost (a crash between the record's commit and the analysis), at the first read.
 */
public class CollusionService {

    static final Set<Role> READERS = Set.of(Role.TRADING_STAFF, Role.SUPERVISOR);
    static final Set<Role> RECOMPUTERS = Set.of(Role.TRADING_STAFF);
    static final Actor PLATFORM = new Actor("trading-service", "trading-service", Set.of(), null, null);
    public static final String TOPIC = "gov.trading.events";

    private final EvidenceStore evidence;
    private final EvaluationService evaluations;
    private final CollusionRepository analyses;
    private final CollusionRules rules;
    private final BidService bids;
    private final OpeningService openings;
    private final DepositRepository deposits;
    private final TenderService tenders;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public CollusionService(EvidenceStore evidence, CollusionRepository analyses, CollusionRules rules, BidService bids,
            OpeningService openings, DepositRepository deposits, TenderService tenders, Outbox outbox, AuditTrail audit,
            TransactionTemplate transactions, Clock clock, EvaluationService evaluations) {
        this.evidence = evidence;
        this.evaluations = evaluations;
        this.analyses = analyses;
        this.rules = rules;
        this.bids = bids;
        this.openings = openings;
        this.deposits = deposits;
        this.tenders = tenders;
        this.outbox = outbox;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** After the lot's opening record is published: the platform's own analysis. Empty when the lot has no record. */
    public Optional<CollusionAnalysis> analyseAfterOpening(LotId lot) {
        return Optional.ofNullable(analyse(lot, PLATFORM, "OPENING_RECORD_PUBLISHED"));
    }

    /** Staff recompute a lot's warnings (409 before its record is published, 404 out of their reach). */
    public CollusionAnalysis recompute(LotId lot, Actor staff) {
        checkReaches(lot, staff, RECOMPUTERS);
        CollusionAnalysis a = analyse(lot, staff, "RECOMPUTED");
        if (a == null) {
            throw notReady(lot);
        }
        return a;
    }

    /** The lot's latest warnings for its seated experts, staff and supervisors; the read is audited. */
    public CollusionAnalysis warnings(LotId lot, Actor reader) {
        if (!evaluations.seatedOn(lot, reader)) {
            if (reader.has(Role.EXPERT) && READERS.stream().noneMatch(reader::has)) {
                throw new ForbiddenException("EXPERT_NOT_SEATED", null,
                        "Only the experts seated on this lot's committee see its collusion warnings");
            }
            checkReaches(lot, reader, READERS);
        }
        CollusionAnalysis a = analyses.find(lot).orElseGet(() -> analyse(lot, PLATFORM, "CATCH_UP"));
        if (a == null) {
            throw notReady(lot);
        }
        transactions.executeWithoutResult(s -> audit.record(AuditKind.PERSONAL_DATA_READ, "DONE", reader,
                "trading.collusion-warnings-read", "lot", lot.toString(), null, a.warnings().size() + " warnings"));
        return a;
    }

    public CollusionThresholds thresholds() {
        return rules.thresholds();
    }

    // ------------------------------------------------------------------ internals

    /** null while the record is not published: then nothing is read, computed or stored. */
    private CollusionAnalysis analyse(LotId lot, Actor by, String trigger) {
        return transactions.execute(s -> {
            List<OpenedBid> opened = openings.openedBids(lot);
            if (opened.isEmpty()) {
                return null;
            }
            Optional<CollusionAnalysis> previous = analyses.lock(lot);
            List<BidEvidence> gathered = gather(lot, opened);
            CollusionAnalysis a = new CollusionAnalysis(lot.toString(), clock.instant(), by.id(), gathered.size(),
                    rules.analyse(gathered));
            analyses.save(a);
            if (a.changesOn(previous.orElse(null))) {
                String project = tenders.facts(lot).projectId().toString();
                CollusionEvent e = CollusionEvent.of(project, a, trigger);
                outbox.publish(TOPIC, e.type(), project, e);
            }
            audit.record(AuditKind.STAFF_ACTION, "DONE", by, "trading.collusion-analysis", "lot", lot.toString(), null,
                    trigger + ": " + gathered.size() + " bids, " + a.warnings().size() + " warnings");
            return a;
        });
    }

    /** Every bid of the lot (opened or not: a revoked cover bid still has its origins), with its opened price. */
    private List<BidEvidence> gather(LotId lot, List<OpenedBid> opened) {
        Map<String, OpenedBid> prices = opened.stream().collect(Collectors.toMap(OpenedBid::bidId, Function.identity()));
        return bids.unsealed(lot).stream().map(b -> evidenceOf(lot, b, prices.get(b.bidId()))).toList();
    }

    private BidEvidence evidenceOf(LotId lot, UnsealedBid b, OpenedBid price) {
        Optional<Evidence> submitted = evidence.find(b.bidId(), Stage.SUBMISSION, lot);
        Optional<Evidence> decrypted = evidence.find(b.bidId(), Stage.DECRYPTION, lot);
        Set<String> accounts = deposits.held(lot, b.bidder()).stream().map(DepositPayment::payingAccount)
                .collect(Collectors.toSet());
        return new BidEvidence(b.bidId(), b.bidder(), submitted.map(Evidence::address).orElse(null),
                submitted.map(Evidence::fingerprint).orElse(null), decrypted.map(Evidence::address).orElse(null),
                decrypted.map(Evidence::fingerprint).orElse(null), decrypted.map(Evidence::documentHash).orElse(null),
                decrypted.map(Evidence::documentAuthor).orElse(null), accounts,
                price == null ? null : price.total());
    }

    private void checkReaches(LotId lot, Actor actor, Set<Role> roles) {
        if (!tenders.reaches(lot, actor, roles)) {
            throw new NotFoundException("LOT_NOT_FOUND", "No lot " + lot, lot);
        }
    }

    private static ConflictException notReady(LotId lot) {
        return new ConflictException("COLLUSION_ANALYSIS_NOT_READY",
                "Collusion warnings of lot {0} exist once its opening record is published", lot);
    }
}
