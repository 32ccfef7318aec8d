package org.example.gov.trading.complaint.web;

import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.example.gov.platform.security.Actor;
import org.example.gov.trading.complaint.Complaint;
import org.example.gov.trading.complaint.ComplaintService;
import org.example.gov.trading.tender.LotId;
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
 * Complaints (投诉) to the supervising department about a lot's result: filed by a bidder on its own answered objection
 * within the track's period, accepted or refused within 3 working days, decided within 30 working days of acceptance;
 * the department may suspend the procedure meanwhile (the award and the contract then answer 422 PROCEDURE_SUSPENDED).
 */
@RestController
@RequestMapping("/api/trading")
@Tag(name = "complaint", description = "公共资源交易 — 投诉处理")
@Validated
public class ComplaintController {

    private final ComplaintService complaints;
    private final Clock clock;

    public ComplaintController(ComplaintService complaints, Clock clock) {
        this.complaints = complaints;
        this.clock = clock;
    }

    @PostMapping("/lots/{lotId}/complaints")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('BIDDER')")
    @Operation(summary = "File a complaint on one's own objection: construction within 10 days of its answer, procurement within 15 working days after its answer period")
    @ApiResponse(responseCode = "422", description = "OBJECTION_NOT_ANSWERED, COMPLAINT_TOO_LATE, NOT_YOUR_OBJECTION",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public ComplaintResponse file(@PathVariable LotId lotId, @Valid @RequestBody ComplaintRequest r, Actor actor) {
        return ComplaintResponse.of(complaints.file(lotId, r.objectionId(), r.text(), actor), clock.instant());
    }

    @GetMapping("/lots/{lotId}/complaints")
    @PreAuthorize("hasAnyRole('TENDEREE', 'TENDER_AGENT', 'TRADING_STAFF', 'SUPERVISOR', 'BIDDER')")
    @Operation(summary = "A lot's complaints: all to its parties, staff and supervisors; a bidder's own to a bidder")
    public List<ComplaintResponse> ofLot(@PathVariable LotId lotId, Actor actor) {
        return complaints.ofLot(lotId, actor).stream().map(c -> ComplaintResponse.of(c, clock.instant())).toList();
    }

    @GetMapping("/complaints")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "The supervisors' work list in their region, oldest first: open complaints (FILED, ACCEPTED) unless statuses are given")
    public List<ComplaintResponse> workList(@RequestParam(required = false) List<Complaint.Status> status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, Actor actor) {
        return complaints.workList(actor, status == null ? List.of() : status, page, size).stream()
                .map(c -> ComplaintResponse.of(c, clock.instant())).toList();
    }

    @GetMapping("/complaints/{id}")
    @PreAuthorize("hasAnyRole('TENDEREE', 'TENDER_AGENT', 'TRADING_STAFF', 'SUPERVISOR', 'BIDDER')")
    @Operation(summary = "One complaint, to its complainant and the lot's parties, staff and supervisors")
    public ComplaintResponse view(@PathVariable String id, Actor actor) {
        return ComplaintResponse.of(complaints.view(id, actor), clock.instant());
    }

    @PostMapping("/complaints/{id}/acceptance")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "受理: the decision is due 30 working days later")
    public ComplaintResponse accept(@PathVariable String id, Actor actor) {
        return ComplaintResponse.of(complaints.accept(id, actor), clock.instant());
    }

    @PostMapping("/complaints/{id}/refusal")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "不予受理, with the reason")
    public ComplaintResponse refuse(@PathVariable String id, @Valid @RequestBody ReasonRequest r, Actor actor) {
        return ComplaintResponse.of(complaints.refuse(id, r.reason(), actor), clock.instant());
    }

    @PostMapping("/complaints/{id}/suspension")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Suspend the lot's procedure while the accepted complaint is handled (procurement: 30 days at most)")
    public ComplaintResponse suspend(@PathVariable String id, @Valid @RequestBody ReasonRequest r, Actor actor) {
        return ComplaintResponse.of(complaints.suspend(id, r.reason(), actor), clock.instant());
    }

    @PostMapping("/complaints/{id}/resumption")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Lift the suspension before the decision")
    public ComplaintResponse resume(@PathVariable String id, Actor actor) {
        return ComplaintResponse.of(complaints.resume(id, actor), clock.instant());
    }

    @PostMapping("/complaints/{id}/decision")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "处理决定: upheld or dismissed, in writing; any suspension ends")
    public ComplaintResponse decide(@PathVariable String id, @Valid @RequestBody DecisionRequest r, Actor actor) {
        return ComplaintResponse.of(complaints.decide(id, r.outcome(), r.decision(), actor), clock.instant());
    }

    @PostMapping("/complaints/{id}/withdrawal")
    @PreAuthorize("hasRole('BIDDER')")
    @Operation(summary = "撤回 by the complainant before the decision")
    public ComplaintResponse withdraw(@PathVariable String id, Actor actor) {
        return ComplaintResponse.of(complaints.withdraw(id, actor), clock.instant());
    }
}
