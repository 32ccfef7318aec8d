package org.example.gov.trading.credit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.example.gov.platform.security.Actor;
import org.example.gov.trading.credit.AgentEvaluation;
import org.example.gov.trading.credit.AgentEvaluationService;
import org.example.gov.trading.tender.ProjectId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The tenderee's evaluation of its agent after a project, and an agent's rating over the projects. */
@RestController
@RequestMapping("/api/trading")
@Validated
@Tag(name = "credit", description = "公共资源交易 — 信用：不良行为记录")
public class AgentEvaluationController {

    private final AgentEvaluationService evaluations;

    public AgentEvaluationController(AgentEvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @PostMapping("/projects/{id}/agent-evaluation")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('TENDEREE')")
    @Operation(summary = "The tenderee evaluates its agent once a lot is awarded: four criteria 1-5 and a comment, once per project")
    @ApiResponse(responseCode = "409", description = "AGENT_ALREADY_EVALUATED, ILLEGAL_TRANSITION (no lot awarded yet)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "PROJECT_HAS_NO_AGENT, AGENT_SCORE_OUT_OF_RANGE, AGENT_COMMENT_TOO_LONG",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public AgentEvaluationResponse evaluate(@PathVariable("id") ProjectId projectId,
            @Valid @RequestBody AgentEvaluationRequest r, Actor actor) {
        return AgentEvaluationResponse.of(evaluations.evaluate(projectId, new AgentEvaluation.Scores(
                r.professionalism(), r.compliance(), r.timeliness(), r.service()), r.comment(), actor));
    }

    @GetMapping("/projects/{id}/agent-evaluation")
    @PreAuthorize("hasAnyRole('TENDEREE', 'TENDER_AGENT', 'TRADING_STAFF', 'SUPERVISOR')")
    @Operation(summary = "The project's evaluation of its agent (its tenderee and agent, staff and supervisors in reach)")
    @ApiResponse(responseCode = "404", description = "PROJECT_NOT_FOUND, AGENT_EVALUATION_NOT_FOUND",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public AgentEvaluationResponse view(@PathVariable("id") ProjectId projectId, Actor actor) {
        return AgentEvaluationResponse.of(evaluations.view(projectId, actor));
    }

    @GetMapping("/credit/agents/{agent}/rating")
    @PreAuthorize("hasAnyRole('TRADING_STAFF', 'SUPERVISOR', 'TENDER_AGENT')")
    @Operation(summary = "An agent's evaluations: count and means, over the projects in the reader's reach (the agent: all its own)")
    public AgentRatingResponse rating(@PathVariable @Pattern(regexp = "[A-Za-z0-9_.@-]{1,64}") String agent,
            Actor actor) {
        return AgentRatingResponse.of(evaluations.rating(agent, actor));
    }
}
