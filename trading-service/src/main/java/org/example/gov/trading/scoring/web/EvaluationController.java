package org.example.gov.trading.scoring.web;

import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.example.gov.platform.security.Actor;
import org.example.gov.trading.scoring.EvaluationService;
import org.example.gov.trading.tender.LotId;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A lot's evaluation (评标): the method before the opening; online scoring and the committee's findings by the experts
 * seated on the lot's committee; completion and the report. Lots out of the caller's reach answer 404; an expert not
 * seated on the committee 403 once the lot is in evaluation.
 */
@RestController
@Validated
@RequestMapping("/api/trading/lots/{lotId}/evaluation")
@Tag(name = "evaluation", description = "公共资源交易 — 评标：评标办法、专家在线评分、价格扣除、异常低价说明、否决投标、评标报告")
public class EvaluationController {

    private final EvaluationService evaluations;

    public EvaluationController(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('EXPERT', 'TENDEREE', 'TENDER_AGENT', 'TRADING_STAFF', 'SUPERVISOR')")
    @Operation(summary = "Where the evaluation stands: the opened bids with the findings so far (SME, invalid, abnormally low, explanation) and what is still missing by seat")
    public OverviewResponse overview(@PathVariable LotId lotId, Actor actor) {
        return OverviewResponse.of(evaluations.overview(lotId, actor));
    }

    @GetMapping("/credit")
    @PreAuthorize("hasAnyRole('EXPERT', 'TENDEREE', 'TENDER_AGENT', 'TRADING_STAFF', 'SUPERVISOR')")
    @Operation(summary = "The credit check at qualification: every credit record in force on the bid deadline's date of the bidders whose bids were opened")
    public CreditCheckResponse creditCheck(@PathVariable LotId lotId, Actor actor) {
        return CreditCheckResponse.of(evaluations.creditCheck(lotId, actor));
    }

    @PutMapping("/method")
    @PreAuthorize("hasAnyRole('TENDEREE', 'TENDER_AGENT')")
    @Operation(summary = "Set the lot's evaluation method before the bids are opened (409 after); 422 names the broken rule (price weight ≥ 30% goods / ≥ 10% services, weights add up to 100, SME deduction 10–20%)")
    public MethodResponse defineMethod(@PathVariable LotId lotId, @Valid @RequestBody MethodRequest r, Actor actor) {
        return MethodResponse.of(evaluations.defineMethod(lotId, r.spec(), actor));
    }

    @GetMapping("/method")
    @PreAuthorize("hasAnyRole('TENDEREE', 'TENDER_AGENT', 'TRADING_STAFF', 'SUPERVISOR', 'BIDDER', 'EXPERT')")
    @Operation(summary = "The lot's evaluation method (part of the tender documents)")
    public MethodResponse method(@PathVariable LotId lotId, Actor actor) {
        return MethodResponse.of(evaluations.method(lotId, actor));
    }

    @PostMapping("/scores")
    @PreAuthorize("hasRole('EXPERT')")
    @Operation(summary = "A seated expert scores a bid on a criterion (0 to its maximum); a new score corrects the earlier one")
    public ResponseEntity<ScoreResponse> score(@PathVariable LotId lotId, @Valid @RequestBody ScoreRequest r,
            Actor actor) {
        return ResponseEntity.status(201).body(ScoreResponse.of(evaluations.score(lotId,
                new EvaluationService.ScoreSpec(r.bidId(), r.criterion(), r.points()), actor)));
    }

    @GetMapping("/scores/mine")
    @PreAuthorize("hasRole('EXPERT')")
    @Operation(summary = "The calling expert's own scores of the lot, every correction included")
    public List<ScoreResponse> myScores(@PathVariable LotId lotId, Actor actor) {
        return evaluations.myScores(lotId, actor).stream().map(ScoreResponse::of).toList();
    }

    @PostMapping("/sme-findings")
    @PreAuthorize("hasRole('EXPERT')")
    @Operation(summary = "The committee finds a bid a small or micro enterprise's (or not): it earns the price deduction")
    public ResponseEntity<Void> smeFinding(@PathVariable LotId lotId, @Valid @RequestBody SmeFindingRequest r,
            Actor actor) {
        evaluations.markSme(lotId, r.bidId(), r.sme(), actor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/invalidations")
    @PreAuthorize("hasRole('EXPERT')")
    @Operation(summary = "The committee finds a bid invalid, with the reason the report states")
    public ResponseEntity<Void> invalidate(@PathVariable LotId lotId, @Valid @RequestBody InvalidationRequest r,
            Actor actor) {
        evaluations.invalidate(lotId, r.bidId(), r.reason(), actor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/explanations")
    @PreAuthorize("hasRole('EXPERT')")
    @Operation(summary = "The committee records a bidder's explanation of an abnormally low price and whether it accepts it")
    public ResponseEntity<Void> explain(@PathVariable LotId lotId, @Valid @RequestBody ExplanationRequest r,
            Actor actor) {
        evaluations.recordExplanation(lotId, r.bidId(), r.text(), r.accepted(), actor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/completion")
    @PreAuthorize("hasAnyRole('EXPERT', 'TENDEREE', 'TENDER_AGENT')")
    @Operation(summary = "Complete the evaluation: the report with up to 3 ranked candidates; 409 EVALUATION_INCOMPLETE lists by seat what is missing; too few valid bids fail the lot (procurement 废标; construction when the committee rejects all, body {rejectAll, reason})")
    public ReportResponse complete(@PathVariable LotId lotId,
            @Valid @RequestBody(required = false) CompletionRequest r, Actor actor) {
        evaluations.complete(lotId, actor, r != null && r.rejectAll(), r == null ? null : r.reason());
        return ReportResponse.of(evaluations.report(lotId, actor));
    }

    @GetMapping("/report")
    @PreAuthorize("hasAnyRole('TENDEREE', 'TENDER_AGENT', 'TRADING_STAFF', 'SUPERVISOR', 'BIDDER', 'EXPERT')")
    @Operation(summary = "The completed evaluation report: candidates, ranking with scores, bids not ranked with reasons (no expert named)")
    public ReportResponse report(@PathVariable LotId lotId, Actor actor) {
        return ReportResponse.of(evaluations.report(lotId, actor));
    }
}
