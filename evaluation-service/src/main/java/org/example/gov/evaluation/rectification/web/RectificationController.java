package org.example.gov.evaluation.rectification.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.example.gov.evaluation.rectification.Complaint;
import org.example.gov.evaluation.rectification.RectificationService;
import org.example.gov.evaluation.rectification.RectificationTicket;
import org.example.gov.evaluation.rectification.TicketAccess;
import org.example.gov.evaluation.rectification.TicketSearchResult;
import org.example.gov.platform.security.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 差评整改 tickets, each reached by its region and department ({@link TicketAccess}): an approver works their
 * department's tickets in their region, a window clerk their region's, a supervisor sees their region and below and
 * decides its appeals, the rater re-rates their own. Out of reach is 404. The rater, the case and the rating
 * ({@link RaterDetails}) are shown to supervisors in scope and to the rater only, never to the department.
 */
@RestController
@Validated
@RequestMapping("/api/evaluations/tickets")
public class RectificationController {

    private final RectificationService rectification;

    public RectificationController(RectificationService rectification) {
        this.rectification = rectification;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('SUPERVISOR','CLERK','APPROVER')")
    public TicketPage list(@RequestParam(required = false) RectificationTicket.Status status,
            @RequestParam(required = false) @Size(max = 36) String caseId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Actor actor) {
        TicketSearchResult found = rectification.search(status, caseId, page, size, actor);
        return new TicketPage(found.items().stream().map(t -> TicketSummary.of(t, actor)).toList(), page, size,
                found.total());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('SUPERVISOR','CLERK','APPROVER','APPLICANT')")
    public TicketResponse get(@PathVariable String id, Actor actor) {
        return response(rectification.get(id, actor), actor);
    }

    @PostMapping("/{id}/call-back")
    @PreAuthorize("hasAnyRole('CLERK','APPROVER')")
    public TicketResponse callBack(@PathVariable String id, @Valid @RequestBody CallBackRequest request, Actor staff) {
        return response(rectification.callBack(id, request.result(), request.note(), staff), staff);
    }

    @PostMapping("/{id}/rectification")
    @PreAuthorize("hasAnyRole('CLERK','APPROVER')")
    public TicketResponse rectify(@PathVariable String id, @Valid @RequestBody RectifyRequest request, Actor staff) {
        return response(rectification.rectify(id, request.measures(), staff), staff);
    }

    @PostMapping("/{id}/explanation")
    @PreAuthorize("hasAnyRole('CLERK','APPROVER')")
    public TicketResponse explain(@PathVariable String id, @Valid @RequestBody ExplainRequest request, Actor staff) {
        return response(rectification.explain(id, request.reason(), staff), staff);
    }

    @PostMapping("/{id}/appeal")
    @PreAuthorize("hasAnyRole('CLERK','APPROVER')")
    public TicketResponse appeal(@PathVariable String id, @Valid @RequestBody AppealRequest request, Actor staff) {
        return response(rectification.appeal(id, request.reason(), request.evidence(), staff), staff);
    }

    @PostMapping("/{id}/appeal-decision")
    @PreAuthorize("hasRole('SUPERVISOR')")
    public TicketResponse decideAppeal(@PathVariable String id, @Valid @RequestBody AppealDecisionRequest request,
            Actor supervisor) {
        return response(rectification.decideAppeal(id, request.uphold(), request.note(), supervisor), supervisor);
    }

    @PostMapping("/{id}/satisfaction")
    @PreAuthorize("hasRole('APPLICANT')")
    public TicketResponse satisfaction(@PathVariable String id, @Valid @RequestBody SatisfactionRequest request,
            Actor rater) {
        return response(rectification.rateSatisfaction(id, request.result(), rater), rater);
    }

    private TicketResponse response(RectificationTicket ticket, Actor viewer) {
        return TicketResponse.of(ticket, rectification.complaint(ticket).orElse(null), viewer);
    }

    public record CallBackRequest(@NotNull RectificationTicket.CallBackResult result, @Size(max = 1000) String note) {
    }

    public record RectifyRequest(@NotBlank @Size(max = 1000) String measures) {
    }

    public record ExplainRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    public record AppealRequest(@NotBlank @Size(max = 1000) String reason,
            @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 200) String> evidence) {
    }

    public record AppealDecisionRequest(@NotNull Boolean uphold, @Size(max = 1000) String note) {
    }

    public record SatisfactionRequest(@NotNull RectificationTicket.Satisfaction result) {
    }

    public record TicketPage(List<TicketSummary> items, int page, int size, long total) {
    }

    /**
     * Who rated and what leads to them: the rater, the case, the rating. Present only for a supervisor whose scope
     * covers the ticket and for the rater themself; absent (null) for the department's staff (DOMAIN.md §5 privacy).
     */
    @Schema(description = "Rater identity and what leads to it (case, rating). Only for supervisors in scope and the "
            + "rater; null for department staff.")
    public record RaterDetails(String raterId, String caseId, String caseNumber, String ratingId) {

        static RaterDetails of(RectificationTicket t, Actor viewer) {
            return TicketAccess.seesRater(t, viewer)
                    ? new RaterDetails(t.raterId(), t.caseId(), t.caseNumber(), t.ratingId())
                    : null;
        }
    }

    /** A ticket in a list: what the department must fix, and (supervisors only) who rated. */
    public record TicketSummary(String id, int level, String region, String department, String itemCode,
            String hallCode, String status, String resolution, LocalDate dueDate, boolean dueDateProvisional,
            boolean overdue, Instant openedAt,
            @Schema(nullable = true, description = "Supervisors in scope only; null for department staff")
            RaterDetails rater) {

        static TicketSummary of(RectificationTicket t, Actor viewer) {
            return new TicketSummary(t.id(), t.level(), t.region(), t.department(), t.itemCode(),
                    t.origin().hallCode(), t.status().name(), t.resolution() == null ? null : t.resolution().name(),
                    t.dueDate(), t.dueDateProvisional(), t.overdue(), t.openedAt(), RaterDetails.of(t, viewer));
        }
    }

    /** {@code actorId} is null on the rater's own steps unless the viewer sees the rater. */
    public record StepResponse(String action, String actorId, String role, Instant at, String note) {
    }

    /** What the bad review said: shown to everyone who reaches the ticket (no rater identity in it). */
    public record ComplaintResponse(int level, List<String> tags, String comment, String hallCode, String windowId,
            Instant ratedAt) {

        static ComplaintResponse of(Complaint c) {
            return c == null ? null
                    : new ComplaintResponse(c.level(), c.tags(), c.comment(), c.hallCode(), c.windowId(), c.ratedAt());
        }
    }

    /**
     * A ticket: what the department must fix ({@code complaint}, item, hall, staff member rated, dates) and its
     * rectification; {@code rater} only for supervisors in scope and the rater. {@code dueDateProvisional}: the due date
     * is the weekends-only estimate of a year whose holiday schedule is not loaded yet; it is recounted (and may move)
     * once the year is loaded.
     */
    public record TicketResponse(String id, int level, String region, String department, String itemCode,
            String hallCode, String staffId, String channel, ComplaintResponse complaint, String status,
            String resolution, String callBackResult, String answer, int reopenCount, boolean overdue,
            LocalDate dueDate, boolean dueDateProvisional, Instant openedAt, Instant closedAt,
            boolean excludedFromBadRate, List<String> allowedActions, List<StepResponse> history,
            @Schema(nullable = true, description = "Supervisors in scope and the rater only; null for department staff")
            RaterDetails rater) {

        static TicketResponse of(RectificationTicket t, Complaint complaint, Actor viewer) {
            RaterDetails rater = RaterDetails.of(t, viewer);
            List<StepResponse> history = t.history().stream()
                    .map(s -> new StepResponse(s.action(), rater != null || !t.isRater(s.actorId()) ? s.actorId() : null,
                            s.role(), s.at(), s.note()))
                    .toList();
            return new TicketResponse(t.id(), t.level(), t.region(), t.department(), t.itemCode(),
                    t.origin().hallCode(), t.origin().staffId(), t.origin().channel(), ComplaintResponse.of(complaint),
                    t.status().name(), t.resolution() == null ? null : t.resolution().name(),
                    t.callBackResult() == null ? null : t.callBackResult().name(),
                    t.answer() == null ? null : t.answer().name(), t.reopenCount(), t.overdue(), t.dueDate(),
                    t.dueDateProvisional(), t.openedAt(), t.closedAt(), t.excludesRatingFromBadRate(), t.allowedActions(),
                    history, rater);
        }
    }
}
