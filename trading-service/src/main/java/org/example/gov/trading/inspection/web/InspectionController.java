package org.example.gov.trading.inspection.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.example.gov.platform.security.Actor;
import org.example.gov.trading.inspection.InspectionPlan;
import org.example.gov.trading.inspection.InspectionService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Random inspections (双随机一公开): drawn by a supervisor, results published by the inspectors drawn, everything but
 * the inspectors' accounts public (no login: platform.security.public-paths, the gateway's PUBLIC_GET_PATHS).
 */
@RestController
@RequestMapping("/api/trading")
@Validated
@Tag(name = "inspection", description = "公共资源交易 — 双随机一公开")
public class InspectionController {

    private final InspectionService inspections;

    public InspectionController(InspectionService inspections) {
        this.inspections = inspections;
    }

    @PostMapping("/inspections")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Plan and draw a random inspection: projects at random from those awarded in the period, inspectors at random from the region's list, related inspectors recused")
    @ApiResponse(responseCode = "422", description = "INSPECTION_TOO_FEW_PROJECTS, INSPECTOR_LIST_TOO_SMALL, INSPECTION_SAMPLE_INVALID, INSPECTORS_PER_PROJECT_INVALID, INSPECTION_PERIOD_INVALID",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public InspectionResponse draw(@Valid @RequestBody PlanInspectionRequest r, Actor actor) {
        return InspectionResponse.of(inspections.draw(new InspectionPlan.Spec(r.title(), r.region(), r.from(),
                r.until(), r.sampleCount(), r.samplePercent(), r.inspectorsPerProject()), actor));
    }

    @GetMapping("/inspections/{inspectionId}")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'TRADING_STAFF')")
    @Operation(summary = "The inspection with its draw record and whether replaying it gives the same picks (overseers in reach, its inspectors)")
    @ApiResponse(responseCode = "404", description = "INSPECTION_NOT_FOUND",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public InspectionResponse view(@PathVariable UUID inspectionId, Actor actor) {
        return InspectionResponse.of(inspections.view(inspectionId, actor));
    }

    @PostMapping("/inspections/{inspectionId}/results")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'TRADING_STAFF')")
    @Operation(summary = "An inspector drawn for a project records its result, published at once (once per project)")
    @ApiResponse(responseCode = "403", description = "NOT_ASSIGNED_INSPECTOR",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public InspectionResponse result(@PathVariable UUID inspectionId, @Valid @RequestBody ResultRequest r,
            Actor actor) {
        return InspectionResponse.of(inspections.publishResult(inspectionId, r.projectId(), r.outcome(), r.finding(),
                actor));
    }

    @GetMapping("/public/inspections")
    @Operation(summary = "Open data: the random inspections, newest first, with the drawn projects, inspecting departments and results (no login)")
    public List<PublicInspectionResponse> publicList(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(InspectionService.MAX_PAGE) int size) {
        return inspections.publicPage(page, size).stream().map(PublicInspectionResponse::of).toList();
    }

    @GetMapping("/public/inspections/{inspectionId}")
    @Operation(summary = "Open data: one random inspection and its published results (no login)")
    public PublicInspectionResponse publicView(@PathVariable UUID inspectionId) {
        return PublicInspectionResponse.of(inspections.publicView(inspectionId));
    }
}
