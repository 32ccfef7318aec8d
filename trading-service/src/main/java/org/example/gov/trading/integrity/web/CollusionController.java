package org.example.gov.trading.integrity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.example.gov.platform.security.Actor;
import org.example.gov.trading.integrity.CollusionService;
import org.example.gov.trading.tender.LotId;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A lot's collusion warnings (围标串标预警), after its opening record is published: for trading-centre staff and
 * supervisors of its region (the roles that see the committee), never for bidders, the tenderee or its agent (403).
 * Lots out of the caller's reach answer 404; a lot whose record is not published 409, whatever its bids.
 */
@RestController
@RequestMapping("/api/trading/lots/{lotId}/collusion-warnings")
@Tag(name = "collusion-warnings", description = "公共资源交易 — 围标串标预警：共用地址、机器指纹、文件、账户与规律报价")
public class CollusionController {

    private final CollusionService collusion;

    public CollusionController(CollusionService collusion) {
        this.collusion = collusion;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('TRADING_STAFF', 'SUPERVISOR', 'EXPERT')")
    @Operation(summary = "The lot's collusion warnings with their evidence (audited read); evidence only, never a score or a bid status")
    @ApiResponse(responseCode = "403", description = "not staff, a supervisor or an expert seated on the lot's committee (EXPERT_NOT_SEATED)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "LOT_NOT_FOUND (or out of the caller's region)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "COLLUSION_ANALYSIS_NOT_READY: the opening record is not published",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public CollusionWarningsResponse warnings(@PathVariable LotId lotId, Actor actor) {
        return CollusionWarningsResponse.of(collusion.warnings(lotId, actor));
    }

    @PostMapping("/analysis")
    @PreAuthorize("hasRole('TRADING_STAFF')")
    @Operation(summary = "Recompute the lot's collusion warnings from its sealed evidence and today's thresholds")
    @ApiResponse(responseCode = "403", description = "not trading-centre staff",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "LOT_NOT_FOUND (or out of the caller's region)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "COLLUSION_ANALYSIS_NOT_READY: the opening record is not published",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public CollusionWarningsResponse recompute(@PathVariable LotId lotId, Actor actor) {
        return CollusionWarningsResponse.of(collusion.recompute(lotId, actor));
    }
}
