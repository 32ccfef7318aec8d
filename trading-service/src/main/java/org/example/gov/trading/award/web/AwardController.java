package org.example.gov.trading.award.web;

import java.time.Clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.example.gov.platform.security.Actor;
import org.example.gov.trading.award.AwardService;
import org.example.gov.trading.tender.LotId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The candidates' publicity (中标候选人公示 / 结果公告), objections to it, and the award notice of a lot. No award before
 * the publicity ends or while an objection is open (422 PUBLICITY_NOT_ENDED, OBJECTION_OPEN).
 */
@RestController
@RequestMapping("/api/trading/lots/{lotId}")
@Tag(name = "award", description = "公共资源交易 — 中标候选人公示、异议与定标")
public class AwardController {

    private final AwardService awards;
    private final Clock clock;

    public AwardController(AwardService awards, Clock clock) {
        this.awards = awards;
        this.clock = clock;
    }

    @PostMapping("/publicity")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('TENDEREE', 'TENDER_AGENT')")
    @Operation(summary = "Publish the report's candidates: construction ≥ 3 days, procurement 1 working day (409 unless the evaluation completed with candidates)")
    public PublicityResponse publish(@PathVariable LotId lotId, Actor actor) {
        return PublicityResponse.of(awards.publish(lotId, actor), clock.instant());
    }

    @GetMapping("/publicity")
    @PreAuthorize("hasAnyRole('TENDEREE', 'TENDER_AGENT', 'TRADING_STAFF', 'SUPERVISOR', 'BIDDER')")
    @Operation(summary = "The publicity: candidates, period, objections and the award")
    @ApiResponse(responseCode = "404", description = "PUBLICITY_NOT_FOUND, LOT_NOT_FOUND",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public PublicityResponse view(@PathVariable LotId lotId, Actor actor) {
        return PublicityResponse.of(awards.view(lotId, actor), clock.instant());
    }

    @PostMapping("/publicity/objections")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('BIDDER')")
    @Operation(summary = "A bidder of the lot objects to the candidates (异议) or challenges the result (质疑), within its window")
    public PublicityResponse.Objection object(@PathVariable LotId lotId, @Valid @RequestBody ObjectionRequest r,
            Actor actor) {
        return PublicityResponse.objection(awards.object(lotId, r.text(), actor), false);
    }

    @PostMapping("/publicity/objections/{objectionId}/answer")
    @PreAuthorize("hasAnyRole('TENDEREE', 'TENDER_AGENT')")
    @Operation(summary = "Answer an objection (construction within 3 days, procurement within 7 working days)")
    public PublicityResponse.Objection answer(@PathVariable LotId lotId, @PathVariable String objectionId,
            @Valid @RequestBody AnswerRequest r, Actor actor) {
        var o = awards.answer(lotId, objectionId, r.answer(), actor);
        return PublicityResponse.objection(o, false);
    }

    @PostMapping("/award")
    @PreAuthorize("hasAnyRole('TENDEREE', 'TENDER_AGENT')")
    @Operation(summary = "The award notice: a published candidate, the first unless a statutory ground applies (state-funded construction, procurement); refused during the publicity or with an objection open")
    @ApiResponse(responseCode = "422", description = "PUBLICITY_NOT_ENDED, OBJECTION_OPEN, NOT_A_CANDIDATE, DEVIATION_GROUND_REQUIRED, DEVIATION_REASON_REQUIRED, PROCEDURE_SUSPENDED",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public PublicityResponse.Award award(@PathVariable LotId lotId, @Valid @RequestBody AwardRequest r, Actor actor) {
        var d = awards.award(lotId, r.bidId(), r.ground(), r.reason(), actor);
        return PublicityResponse.award(d);
    }
}
