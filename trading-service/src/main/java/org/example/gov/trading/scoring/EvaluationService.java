package org.example.gov.trading.scoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.platform.audit.AuditKind;
import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.ConflictException;
import org.example.gov.platform.problem.ForbiddenException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.problem.PlatformException;
import org.example.gov.platform.scope.ScopePolicy;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
import org.example.gov.trading.expert.Committee;
import org.example.gov.trading.expert.CommitteeRepository;
import org.example.gov.trading.expert.CommitteeService;
import org.example.gov.trading.expert.ExpertId;
import org.example.gov.trading.expert.ExpertRepository;
import org.example.gov.trading.expert.Seat;
import org.example.gov.trading.opening.OpeningEvent;
import org.example.gov.trading.tender.LotFacts;
import org.example.gov.trading.tender.LotId;
import org.example.gov.trading.tender.LotSecurity;
import org.example.gov.trading.tender.LotStatus;
import org.example.gov.trading.tender.TenderService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A lot's evaluation (评标): the method before the opening, the experts' scores and the committee's findings during the
 * evaluation, the completion with its report and event.
 *
 * <h2>Who</h2>
 * <ul>
 * <li>The method: set by the project's tenderee or agent (others 404); read by whoever reaches the project
 *     ({@link TenderService#READERS}: bidders read it as part of the documents) and by the lot's seated experts.</li>
 * <li>Credit: a bid whose bidder a credit record bars on the bid deadline's date is invalid (CREDIT_BARRED, the
 *     record named) in the overview and the report, without anyone's finding ({@link CreditBars}).</li>
 * <li>Scores and findings (SME, invalid bids, explanations): only an expert seated now on the lot's committee, known
 *     by the link of their login to their pool entry ({@code expert_account}); anyone else with the EXPERT role gets 403
 *     EXPERT_NOT_SEATED — once the lot is in evaluation (before that, 409 like everyone).</li>
 * <li>Completion: a seated expert, or the project's tenderee or agent (who organise the evaluation).</li>
 * <li>The report: staff and supervisors of the project's region or above, the tenderee and agent, seated experts, and
 *     the bidders whose bids were opened — once completed. No expert is ever named in it.</li>
 * </ul>
 * Every step is audited (done and refused), like the committee's.
 */
public class EvaluationService {

    static final Set<Role> PARTIES = Set.of(Role.TENDEREE, Role.TENDER_AGENT);
    static final Set<Role> OVERSEERS = Set.of(Role.TRADING_STAFF, Role.SUPERVISOR);
    static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9_.@-]{1,100}");

    private final TenderService tenders;
    private final OpenedBids openedBids;
    private final CreditBars credit;
    private final CommitteeRepository committees;
    private final ExpertRepository experts;
    private final ExpertAccountRepository accounts;
    private final LotEvaluationRepository evaluations;
    private final ScoringPolicies policies;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AuditTrail audit;

    public EvaluationService(TenderService tenders, OpenedBids openedBids, CreditBars credit,
            CommitteeRepository committees, ExpertRepository experts, ExpertAccountRepository accounts,
            LotEvaluationRepository evaluations, ScoringPolicies policies, Outbox outbox,
            TransactionTemplate transactions, Clock clock, AuditTrail audit) {
        this.tenders = tenders;
        this.openedBids = openedBids;
        this.credit = credit;
        this.committees = committees;
        this.experts = experts;
        this.accounts = accounts;
        this.evaluations = evaluations;
        this.policies = policies;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.audit = audit;
    }

    /** What the tenderee or agent states; null deduction and threshold take the project region's defaults. */
    public record MethodSpec(MethodKind kind, Subject subject, BigDecimal priceWeight, List<Criterion> criteria,
            BigDecimal smeDeduction, BigDecimal abnormallyLowPercent) {
    }

    // ------------------------------------------------------------------ the method, before the opening

    /** Sets or replaces the lot's method: 404 unless the caller is its tenderee or agent, 409 once bids are opened. */
    public EvaluationMethod defineMethod(LotId lotId, MethodSpec spec, Actor actor) {
        if (!tenders.reaches(lotId, actor, PARTIES)) {
            throw lotNotFound(lotId);
        }
        return audited(actor, "trading.evaluation-method", lotId, () -> {
            EvaluationMethod method = EvaluationMethod.of(spec.kind(), spec.subject(), spec.priceWeight(),
                    spec.criteria(), spec.smeDeduction(), spec.abnormallyLowPercent(),
                    policies.forRegion(tenders.security(lotId).region()));
            transactions.executeWithoutResult(s -> {
                // under a shared lock of the project's row: the deadline step (which locks it for update) either sees
                // this method or this step sees the lot OPENING and refuses
                LotFacts facts = tenders.factsForBid(lotId);
                LotEvaluation e = evaluations.findForUpdate(lotId).orElse(null);
                if (e == null) {
                    e = LotEvaluation.define(lotId, facts.projectId(), method, facts.status());
                } else {
                    e.redefine(method, facts.status());
                }
                evaluations.save(e);
                audit.record(AuditKind.STAFF_ACTION, "DONE", actor, "trading.evaluation-method", "lot",
                        lotId.toString(), null, method.kind() + " " + method.subject() + " price "
                                + method.priceWeight().toPlainString());
            });
            return method;
        });
    }

    public EvaluationMethod method(LotId lotId, Actor actor) {
        if (!tenders.reaches(lotId, actor, TenderService.READERS) && seat(lotId, actor) == null) {
            throw lotNotFound(lotId);
        }
        return evaluations.find(lotId).orElseThrow(() -> evaluationNotFound(lotId)).method();
    }

    // ------------------------------------------------------------------ the experts, during the evaluation

    public record ScoreSpec(String bidId, String criterion, BigDecimal points) {
    }

    /** A seated expert's points for a bid on a criterion (a correction is a new score; the latest counts). */
    public Score score(LotId lotId, ScoreSpec spec, Actor actor) {
        return expertStep(lotId, actor, "trading.evaluation-score", (e, c) -> {
            // only the scored bid's bidder matters here: one bidder's credit, not the lot's
            Set<String> barred = creditBars(lotId, openedBids.of(lotId).stream()
                    .filter(b -> b.bidId().equals(spec.bidId())).toList()).keySet();
            Score s = e.score(c.expert(), c.seated().keySet(), c.bidIds(), barred, spec.bidId(), spec.criterion(),
                    spec.points(), c.status(), c.now());
            evaluations.insert(lotId, s);
            return s;
        }, "bid " + spec.bidId() + " " + spec.criterion());
    }

    /** The caller's own scores of the lot (404 unless seated). */
    public List<Score> myScores(LotId lotId, Actor actor) {
        ExpertId expert = seat(lotId, actor);
        if (expert == null) {
            throw evaluationNotFound(lotId);
        }
        return evaluations.scores(lotId, expert);
    }

    public void markSme(LotId lotId, String bidId, boolean sme, Actor actor) {
        expertStep(lotId, actor, "trading.evaluation-sme", (e, c) -> {
            e.markSme(c.expert(), c.seated().keySet(), c.bidIds(), bidId, sme, c.status());
            return null;
        }, "bid " + bidId + " sme " + sme);
    }

    public void invalidate(LotId lotId, String bidId, String reason, Actor actor) {
        expertStep(lotId, actor, "trading.evaluation-invalidation", (e, c) -> {
            e.invalidate(c.expert(), c.seated().keySet(), c.bidIds(), bidId, reason, c.status(), c.now());
            return null;
        }, "bid " + bidId);
    }

    public void recordExplanation(LotId lotId, String bidId, String text, boolean accepted, Actor actor) {
        expertStep(lotId, actor, "trading.evaluation-explanation", (e, c) -> {
            e.recordExplanation(c.expert(), c.seated().keySet(), c.bidIds(), bidId, text, accepted, c.status(),
                    c.now());
            return null;
        }, "bid " + bidId + (accepted ? " accepted" : " not accepted"));
    }

    /**
     * Where the evaluation stands, for the committee and those who organise or oversee it: the opened bids with the
     * findings so far (SME, invalid, abnormally low, explanation), the seats and what is still missing by seat.
     */
    public record Overview(LotStatus status, EvaluationMethod method, List<BidUnderEvaluation> bids,
            Map<String, Invalidation> invalidations, Map<String, Explanation> explanations, Scoring.Screening screening,
            int seats, List<String> missing, boolean completed) {
    }

    /** 404 unless a seated expert, the tenderee or agent, or staff or a supervisor in reach. */
    public Overview overview(LotId lotId, Actor actor) {
        boolean reader = tenders.reaches(lotId, actor, Set.of(Role.TENDEREE, Role.TENDER_AGENT, Role.TRADING_STAFF,
                Role.SUPERVISOR));
        Map<ExpertId, Integer> seated = seated(lotId);
        boolean seatedExpert = actor.has(Role.EXPERT)
                && accounts.expertOf(actor.id()).filter(seated::containsKey).isPresent();
        if (!reader && !seatedExpert) {
            throw lotNotFound(lotId);
        }
        LotEvaluation e = evaluations.find(lotId).orElseThrow(() -> evaluationNotFound(lotId));
        List<BidUnderEvaluation> bids = e.withFindings(openedBids.of(lotId));
        Map<String, Invalidation> invalid = e.invalidationsWith(creditBars(lotId, bids));
        Map<String, Explanation> explained = e.explanationsByBid();
        List<String> missing = e.completed() ? List.of()
                : Scoring.outstanding(e.method(), bids, seated, evaluations.scores(lotId), invalid, explained);
        return new Overview(tenders.facts(lotId).status(), e.method(), bids, invalid, explained,
                Scoring.screen(e.method(), bids, invalid, explained), seated.size(), missing, e.completed());
    }

    /** The credit check at qualification: the date it is judged on and every record in force of an opened bidder. */
    public record CreditCheck(java.time.LocalDate date, List<CreditBars.Entry> records) {
    }

    /**
     * The records in force, on the bid deadline's date, of the bidders whose bids were opened (barring or not: a
     * warning informs the committee too), for those the overview admits; audited. Empty before the opening record.
     */
    public CreditCheck creditCheck(LotId lotId, Actor actor) {
        boolean reader = tenders.reaches(lotId, actor, Set.of(Role.TENDEREE, Role.TENDER_AGENT, Role.TRADING_STAFF,
                Role.SUPERVISOR));
        if (!reader && seat(lotId, actor) == null) {
            throw lotNotFound(lotId);
        }
        LotFacts facts = tenders.facts(lotId);
        java.time.LocalDate date = ShanghaiDate.of(facts.bidDeadline() == null ? clock.instant() : facts.bidDeadline());
        Set<String> bidders = openedBids.of(lotId).stream().map(BidUnderEvaluation::bidder).collect(Collectors.toSet());
        CreditCheck check = new CreditCheck(date, bidders.isEmpty() ? List.of() : credit.inForce(bidders, date));
        transactions.executeWithoutResult(s -> audit.staffAction(actor, "trading.evaluation-credit-read", "lot",
                lotId.toString()));
        return check;
    }

    // ------------------------------------------------------------------ completion and the report

    /** {@link #complete(LotId, Actor, boolean, String)} without rejecting all bids. */
    public EvaluationReport complete(LotId lotId, Actor actor) {
        return complete(lotId, actor, false, null);
    }

    /**
     * Completes the evaluation when every seated expert has scored every valid bid (409 EVALUATION_INCOMPLETE listing by
     * seat what is missing): stores the report, publishes gov.trading.evaluation-completed.v1 and moves the lot to
     * CANDIDATE_PUBLICITY (the report names the candidates), in one transaction — or, when the report leaves too few
     * valid bids ({@link EvaluationReport#failure}), to FAILED with gov.trading.lot-failed.v1, ready to re-tender.
     * {@code rejectAll}: a construction committee rejecting all bids when fewer than 3 are valid, with its reason.
     */
    public EvaluationReport complete(LotId lotId, Actor actor, boolean rejectAll, String rejectReason) {
        if (rejectAll && (rejectReason == null || rejectReason.isBlank())) {
            throw new BusinessRuleViolationException("REJECT_ALL_REASON_REQUIRED", "reason",
                    "Rejecting all bids needs the committee's reason");
        }
        boolean party = tenders.reaches(lotId, actor, PARTIES);
        if (!party && !actor.has(Role.EXPERT)) {
            throw lotNotFound(lotId);
        }
        return audited(actor, "trading.evaluation-completion", lotId, () -> transactions.execute(s -> {
            LotFacts facts = tenders.facts(lotId);
            if (facts.status() != LotStatus.EVALUATION) {
                throw new IllegalTransitionException(facts.status().name(), "completion",
                        facts.status() == LotStatus.CANDIDATE_PUBLICITY ? List.of("report") : List.of());
            }
            Map<ExpertId, Integer> seated = seated(lotId);
            if (!party) {
                ExpertId expert = accounts.expertOf(actor.id()).orElse(null);
                if (expert == null || !seated.containsKey(expert)) {
                    throw notSeated();
                }
            }
            LotEvaluation e = evaluations.findForUpdate(lotId).orElseThrow(() -> evaluationNotFound(lotId));
            Instant now = clock.instant();
            List<BidUnderEvaluation> opened = openedBids.of(lotId);
            List<EvaluationEvent> events = e.complete(opened, seated, evaluations.scores(lotId),
                    creditBars(lotId, opened), facts.status(), now);
            evaluations.save(e);
            String failure = e.report().failure(tenders.security(lotId).track(), rejectAll);
            events.forEach(ev -> outbox.publish(CommitteeService.TOPIC, ev.type(), ev.projectId(), ev));
            if (failure == null) {
                tenders.evaluationConcluded(lotId);
            } else {
                tenders.evaluationFailed(lotId, failure);
                OpeningEvent.LotFailed failed = new OpeningEvent.LotFailed(facts.projectId().toString(),
                        lotId.toString(), failure, e.report().ranking().size(), EvaluationReport.MIN_VALID, now);
                outbox.publish(CommitteeService.TOPIC, failed.type(), failed.projectId(), failed);
            }
            audit.record(AuditKind.STAFF_ACTION, "DONE", actor, "trading.evaluation-completion", "lot",
                    lotId.toString(), null, e.report().ranking().size() + " ranked, " + e.report().rejected().size()
                            + " rejected" + (failure == null ? "" : ", lot failed: " + failure)
                            + (rejectAll ? " (" + rejectReason.strip() + ")" : ""));
            return e.report();
        }));
    }

    public record ReportView(EvaluationReport report, EvaluationMethod method, Instant completedAt) {
    }

    /** The completed report (404 REPORT_NOT_FOUND before completion). */
    public ReportView report(LotId lotId, Actor actor) {
        boolean reader = tenders.reaches(lotId, actor, Set.of(Role.TENDEREE, Role.TENDER_AGENT, Role.TRADING_STAFF,
                Role.SUPERVISOR));
        boolean openedBidder = actor.has(Role.BIDDER)
                && openedBids.of(lotId).stream().anyMatch(b -> b.bidder().equals(actor.id()));
        if (!reader && !openedBidder && seat(lotId, actor) == null) {
            throw lotNotFound(lotId);
        }
        LotEvaluation e = evaluations.find(lotId).filter(LotEvaluation::completed)
                .orElseThrow(() -> new NotFoundException("REPORT_NOT_FOUND",
                        "The evaluation of lot " + lotId + " is not completed", lotId));
        return new ReportView(e.report(), e.method(), e.completedAt());
    }

    // ------------------------------------------------------------------ expert accounts

    /** Links a login (role EXPERT) to an expert of the pool, by staff who reach the expert's region (else 404). */
    public void linkAccount(ExpertId expertId, String subject, Actor actor) {
        experts.find(expertId)
                .filter(x -> ScopePolicy.of(actor, Set.of(Role.TRADING_STAFF)).covers(x.profile().region(), null))
                .orElseThrow(() -> new NotFoundException("EXPERT_NOT_FOUND", "No expert " + expertId, expertId));
        if (subject == null || !SUBJECT.matcher(subject).matches()) {
            throw new BusinessRuleViolationException("SUBJECT_INVALID", "subject",
                    "An account is named by its login subject (letters, digits, . _ @ -)");
        }
        try {
            transactions.executeWithoutResult(s -> {
                accounts.link(subject, expertId, actor.id(), clock.instant());
                audit.staffAction(actor, "trading.expert-account-link", "expert", expertId.toString());
            });
        } catch (DuplicateKeyException taken) {
            throw new ConflictException("EXPERT_ACCOUNT_TAKEN", "Account " + subject + " is another expert's", subject);
        }
    }

    // ------------------------------------------------------------------ internals

    /** What an expert's step needs: who, the seats now, the opened bids, the lot's stage, the time. */
    record StepContext(ExpertId expert, Map<ExpertId, Integer> seated, Set<String> bidIds, LotStatus status,
            Instant now) {
    }

    private <T> T expertStep(LotId lotId, Actor actor, String action, StepBody<T> body, String detail) {
        if (!actor.has(Role.EXPERT)) {
            throw lotNotFound(lotId);
        }
        return audited(actor, action, lotId, () -> transactions.execute(s -> {
            LotFacts facts = tenders.facts(lotId);
            LotEvaluation e = evaluations.findForUpdate(lotId).orElse(null);
            if (e == null) {
                if (facts.status() != LotStatus.EVALUATION) {
                    throw new IllegalTransitionException(facts.status().name(), action.substring(action.indexOf('-') + 1),
                            List.of());
                }
                throw evaluationNotFound(lotId);
            }
            ExpertId expert = accounts.expertOf(actor.id()).orElse(null);
            StepContext c = new StepContext(expert, seated(lotId),
                    openedBids.of(lotId).stream().map(BidUnderEvaluation::bidId).collect(Collectors.toSet()),
                    facts.status(), clock.instant());
            T result = body.apply(e, c);
            evaluations.save(e);
            audit.record(AuditKind.STAFF_ACTION, "DONE", actor, action, "lot", lotId.toString(), null, detail);
            return result;
        }));
    }

    @FunctionalInterface
    interface StepBody<T> {
        T apply(LotEvaluation e, StepContext c);
    }

    /**
     * The bids whose bidder a credit record bars from the lot's track on the date of its bid deadline (Asia/Shanghai):
     * qualification is judged as at the deadline (财库〔2016〕125号), so the answer does not change while the committee
     * sits, except that a record revoked meanwhile bars nothing any more.
     */
    private Map<String, Invalidation> creditBars(LotId lotId, List<BidUnderEvaluation> bids) {
        if (bids.isEmpty()) {
            return Map.of();
        }
        LotSecurity lot = tenders.security(lotId);
        Instant deadline = lot.bidDeadline() == null ? clock.instant() : lot.bidDeadline();
        Map<String, CreditBars.Bar> bars = credit.barred(bids.stream().map(BidUnderEvaluation::bidder)
                .collect(Collectors.toSet()), ShanghaiDate.of(deadline), lot.track());
        Map<String, Invalidation> found = new LinkedHashMap<>();
        for (BidUnderEvaluation b : bids) {
            CreditBars.Bar bar = bars.get(b.bidder());
            if (bar != null) {
                found.put(b.bidId(), new Invalidation(b.bidId(), bar.citation(), "credit-record:" + bar.recordId(),
                        deadline, RejectedBid.CREDIT_BARRED));
            }
        }
        return found;
    }

    /** The experts seated now on the lot's committee, with their seat numbers (none before the draw). */
    private Map<ExpertId, Integer> seated(LotId lotId) {
        return committees.find(lotId).map(Committee::activeSeats).orElse(List.of()).stream()
                .collect(Collectors.toMap(Seat::expert, Seat::number, (a, b) -> a, LinkedHashMap::new));
    }

    /** Whether the caller is an expert seated now on the lot's committee (the committee's own reads elsewhere). */
    public boolean seatedOn(LotId lotId, Actor actor) {
        return seat(lotId, actor) != null;
    }

    /** The caller's expert id when they are seated now on the lot's committee, else null. */
    private ExpertId seat(LotId lotId, Actor actor) {
        if (!actor.has(Role.EXPERT)) {
            return null;
        }
        return accounts.expertOf(actor.id()).filter(seated(lotId)::containsKey).orElse(null);
    }

    /** A refused step is audited too (in its own transaction: the step's was rolled back), then re-thrown. */
    private <T> T audited(Actor actor, String action, LotId lotId, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (PlatformException refused) {
            transactions.executeWithoutResult(s -> audit.record(AuditKind.STAFF_ACTION, "REFUSED", actor, action, "lot",
                    lotId.toString(), null, refused.code()));
            throw refused;
        }
    }

    private static ForbiddenException notSeated() {
        return new ForbiddenException("EXPERT_NOT_SEATED", null,
                "Only an expert seated on this lot's committee acts in its evaluation");
    }

    private static NotFoundException lotNotFound(LotId id) {
        return new NotFoundException("LOT_NOT_FOUND", "No lot " + id, id);
    }

    private static NotFoundException evaluationNotFound(LotId id) {
        return new NotFoundException("EVALUATION_NOT_FOUND", "Lot " + id + " has no evaluation method", id);
    }
}
