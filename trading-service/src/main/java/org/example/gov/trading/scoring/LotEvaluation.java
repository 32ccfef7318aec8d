package org.example.gov.trading.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.ForbiddenException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.trading.expert.ExpertId;
import org.example.gov.trading.tender.LotId;
import org.example.gov.trading.tender.LotStatus;
import org.example.gov.trading.tender.ProjectId;

/**
 * A lot's evaluation (评标): the method the documents state, then the committee's findings while the lot is in
 * EVALUATION — which bids are SMEs', which are invalid and why, the explanations of abnormally low prices — and at the
 * end the report. The experts' scores are kept beside it (one row each, {@link Score}); this object checks them.
 *
 * <h2>When</h2>
 * The method is set and changed only before the bids are opened (DRAFT, TENDERING): the bidders priced against it.
 * Findings and scores only while the lot is in EVALUATION and the evaluation not completed. Anything else is 409
 * listing what the current stage allows.
 */
public final class LotEvaluation {

    static final Set<LotStatus> METHOD_OPEN = EnumSet.of(LotStatus.DRAFT, LotStatus.TENDERING);

    private final LotId lotId;
    private final ProjectId projectId;
    private EvaluationMethod method;
    private final Set<String> smeBids;
    private final List<Invalidation> invalidations;
    private final List<Explanation> explanations;
    private EvaluationReport report;
    private Instant completedAt;
    private final long rowVersion;

    private LotEvaluation(Snapshot s) {
        this.lotId = s.lotId();
        this.projectId = s.projectId();
        this.method = s.method();
        this.smeBids = new LinkedHashSet<>(s.smeBids());
        this.invalidations = new ArrayList<>(s.invalidations());
        this.explanations = new ArrayList<>(s.explanations());
        this.report = s.report();
        this.completedAt = s.completedAt();
        this.rowVersion = s.rowVersion();
    }

    /** The method of a lot not yet opened. */
    public static LotEvaluation define(LotId lotId, ProjectId projectId, EvaluationMethod method, LotStatus status) {
        checkMethodOpen(status);
        return new LotEvaluation(new Snapshot(lotId, projectId, method, Set.of(), List.of(), List.of(), null, null, -1));
    }

    public static LotEvaluation restore(Snapshot s) {
        return new LotEvaluation(s);
    }

    /** A new method before the opening; 409 once the bids are opened. */
    public void redefine(EvaluationMethod newMethod, LotStatus status) {
        checkMethodOpen(status);
        method = newMethod;
    }

    /**
     * Checks one score and returns it to be stored: 403 EXPERT_NOT_SEATED unless the expert holds a seat of the lot's
     * committee now; 404 BID_NOT_FOUND for a bid not opened in this lot; 422 BID_INVALIDATED, CRITERION_UNKNOWN,
     * SCORE_OUT_OF_RANGE (outside 0..max, or more than 2 decimals), METHOD_NOT_SCORED (lowest evaluated price).
     */
    public Score score(ExpertId expert, Set<ExpertId> seated, Set<String> openedBids, String bidId, String criterion,
            BigDecimal points, LotStatus status, Instant now) {
        return score(expert, seated, openedBids, Set.of(), bidId, criterion, points, status, now);
    }

    /** {@link #score} where {@code creditBarred} are the bids a credit record makes invalid: not scored either. */
    public Score score(ExpertId expert, Set<ExpertId> seated, Set<String> openedBids, Set<String> creditBarred,
            String bidId, String criterion, BigDecimal points, LotStatus status, Instant now) {
        checkEvaluating(status, "score");
        checkSeated(expert, seated);
        if (!method.scored()) {
            throw new BusinessRuleViolationException("METHOD_NOT_SCORED", "criterion",
                    "Lot " + lotId + " is evaluated by lowest evaluated price: nothing is scored", lotId);
        }
        checkBid(openedBids, bidId);
        if (invalidation(bidId) != null || creditBarred.contains(bidId)) {
            throw new BusinessRuleViolationException("BID_INVALIDATED", "bidId",
                    "Bid " + bidId + " was found invalid and is not scored", bidId);
        }
        Criterion c = method.criterion(criterion).orElseThrow(() -> new BusinessRuleViolationException(
                "CRITERION_UNKNOWN", "criterion", "The method of lot " + lotId + " has no criterion " + criterion,
                criterion, method.criteria().stream().map(Criterion::code).collect(Collectors.joining(", "))));
        if (points == null || points.signum() < 0 || points.compareTo(c.maxPoints()) > 0 || points.scale() > 2) {
            throw new BusinessRuleViolationException("SCORE_OUT_OF_RANGE", "points",
                    "Criterion " + criterion + " takes 0 to " + c.maxPoints().toPlainString()
                            + " points with at most 2 decimals, not " + points,
                    criterion, c.maxPoints().toPlainString(), String.valueOf(points));
        }
        return new Score(expert, bidId, criterion, points.setScale(2), now);
    }

    /** The committee records a bid as a small or micro enterprise's (or takes it back): it earns the price deduction. */
    public void markSme(ExpertId by, Set<ExpertId> seated, Set<String> openedBids, String bidId, boolean sme,
            LotStatus status) {
        checkEvaluating(status, "sme");
        checkSeated(by, seated);
        checkBid(openedBids, bidId);
        if (sme) {
            smeBids.add(bidId);
        } else {
            smeBids.remove(bidId);
        }
    }

    /** The committee finds a bid invalid with the reason (once per bid: 409 BID_ALREADY_INVALIDATED). */
    public void invalidate(ExpertId by, Set<ExpertId> seated, Set<String> openedBids, String bidId, String reason,
            LotStatus status, Instant now) {
        checkEvaluating(status, "invalidation");
        checkSeated(by, seated);
        checkBid(openedBids, bidId);
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleViolationException("REASON_REQUIRED", "reason", "A bid is found invalid with its reason");
        }
        if (invalidation(bidId) != null) {
            throw new org.example.gov.platform.problem.ConflictException("BID_ALREADY_INVALIDATED",
                    "Bid " + bidId + " is already invalid", bidId);
        }
        invalidations.add(new Invalidation(bidId, reason, by.toString(), now));
    }

    /** The committee records a bidder's explanation of its price and whether it accepts it (the latest counts). */
    public void recordExplanation(ExpertId by, Set<ExpertId> seated, Set<String> openedBids, String bidId, String text,
            boolean accepted, LotStatus status, Instant now) {
        checkEvaluating(status, "explanation");
        checkSeated(by, seated);
        checkBid(openedBids, bidId);
        if (text == null || text.isBlank()) {
            throw new BusinessRuleViolationException("EXPLANATION_REQUIRED", "text",
                    "The bidder's written explanation is recorded with the decision");
        }
        explanations.removeIf(e -> e.bidId().equals(bidId));
        explanations.add(new Explanation(bidId, text, accepted, by.toString(), now));
    }

    /**
     * Completes the evaluation: the report of {@link Scoring#evaluate} over the opened bids (with the SME findings), the
     * seated experts and every score. 409 EVALUATION_INCOMPLETE listing what is missing; 409 when already completed.
     */
    public List<EvaluationEvent> complete(List<BidUnderEvaluation> opened, Map<ExpertId, Integer> seated,
            List<Score> scores, LotStatus status, Instant now) {
        return complete(opened, seated, scores, Map.of(), status, now);
    }

    /** {@link #complete} with the bids a credit record bars ({@link #invalidationsWith}). */
    public List<EvaluationEvent> complete(List<BidUnderEvaluation> opened, Map<ExpertId, Integer> seated,
            List<Score> scores, Map<String, Invalidation> creditBars, LotStatus status, Instant now) {
        checkEvaluating(status, "completion");
        report = Scoring.evaluate(method, withFindings(opened), seated, scores, invalidationsWith(creditBars),
                explanationsByBid());
        completedAt = now;
        return List.of(EvaluationEvent.completed(projectId.toString(), lotId.toString(), report, now));
    }

    /** The opened bids with the committee's SME findings. */
    public List<BidUnderEvaluation> withFindings(List<BidUnderEvaluation> opened) {
        return opened.stream()
                .map(b -> new BidUnderEvaluation(b.bidId(), b.bidder(), b.price(), smeBids.contains(b.bidId())))
                .toList();
    }

    public Map<String, Invalidation> invalidationsByBid() {
        return invalidations.stream().collect(Collectors.toMap(Invalidation::bidId, Function.identity()));
    }

    /**
     * The committee's invalidations and the credit bars of the bids it has not invalidated: a barred bidder's bid is out
     * whatever the committee found, and the committee's own reason stays when it found one.
     */
    public Map<String, Invalidation> invalidationsWith(Map<String, Invalidation> creditBars) {
        Map<String, Invalidation> all = new java.util.LinkedHashMap<>(creditBars);
        all.putAll(invalidationsByBid());
        return all;
    }

    public Map<String, Explanation> explanationsByBid() {
        return explanations.stream().collect(Collectors.toMap(Explanation::bidId, Function.identity()));
    }

    public boolean completed() {
        return completedAt != null;
    }

    private Invalidation invalidation(String bidId) {
        return invalidations.stream().filter(i -> i.bidId().equals(bidId)).findFirst().orElse(null);
    }

    private static void checkMethodOpen(LotStatus status) {
        if (!METHOD_OPEN.contains(status)) {
            throw new IllegalTransitionException(status.name(), "evaluation-method", status == LotStatus.EVALUATION
                    ? List.of("sme", "invalidation", "explanation", "score", "completion") : List.of());
        }
    }

    private void checkEvaluating(LotStatus status, String step) {
        if (completed()) {
            throw new IllegalTransitionException("EVALUATION_COMPLETED", step, List.of("report"));
        }
        if (status != LotStatus.EVALUATION) {
            throw new IllegalTransitionException(status.name(), step,
                    METHOD_OPEN.contains(status) ? List.of("evaluation-method") : List.of());
        }
    }

    private static void checkSeated(ExpertId expert, Set<ExpertId> seated) {
        if (expert == null || !seated.contains(expert)) {
            throw new ForbiddenException("EXPERT_NOT_SEATED", null,
                    "Only an expert seated on this lot's committee acts in its evaluation");
        }
    }

    private static void checkBid(Set<String> openedBids, String bidId) {
        if (!openedBids.contains(bidId)) {
            throw new NotFoundException("BID_NOT_FOUND", "No bid " + bidId + " was opened in this lot", bidId);
        }
    }

    public Snapshot snapshot() {
        return new Snapshot(lotId, projectId, method, Set.copyOf(smeBids), List.copyOf(invalidations),
                List.copyOf(explanations), report, completedAt, rowVersion);
    }

    public boolean isNew() { return rowVersion < 0; }
    public LotId lotId() { return lotId; }
    public ProjectId projectId() { return projectId; }
    public EvaluationMethod method() { return method; }
    public Set<String> smeBids() { return Set.copyOf(smeBids); }
    public List<Invalidation> invalidations() { return List.copyOf(invalidations); }
    public List<Explanation> explanations() { return List.copyOf(explanations); }
    public EvaluationReport report() { return report; }
    public Instant completedAt() { return completedAt; }
    public long rowVersion() { return rowVersion; }

    /** The evaluation as stored (one JSON document, read and written whole; the scores are rows of their own). */
    public record Snapshot(LotId lotId, ProjectId projectId, EvaluationMethod method, Set<String> smeBids,
            List<Invalidation> invalidations, List<Explanation> explanations, EvaluationReport report,
            Instant completedAt, long rowVersion) {
    }
}
