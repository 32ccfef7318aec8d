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

import org.example.gov.evaluation.rectification.TicketSearchResult;
import org.example.gov.evaluation.rectification.RectificationService;
import org.example.gov.evaluation.rectification.RectificationTicket;
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
 * 差评整改 tickets. Department staff (CLERK/APPROVER) work on their department's tickets; supervisors see all and
 * decide appeals; the rater re-rates. The rater's identity is shown to supervisors only.
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
        boolean supervisor = RectificationService.isSupervisor(actor);
        return new TicketPage(found.items().stream().map(t -> TicketSummary.of(t, supervisor)).toList(), page, size,
                found.total());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('SUPERVISOR','CLERK','APPROVER','APPLICANT')")
    public TicketResponse get(@PathVariable String id, Actor actor) {
        return TicketResponse.of(rectification.get(id, actor), actor);
    }

    @PostMapping("/{id}/call-back")
    @PreAuthorize("hasAnyRole('CLERK','APPROVER')")
    public TicketResponse callBack(@PathVariable String id, @Valid @RequestBody CallBackRequest request, Actor staff) {
        return TicketResponse.of(rectification.callBack(id, request.result(), request.note(), staff), staff);
    }

    @PostMapping("/{id}/rectification")
    @PreAuthorize("hasAnyRole('CLERK','APPROVER')")
    public TicketResponse rectify(@PathVariable String id, @Valid @RequestBody RectifyRequest request, Actor staff) {
        return TicketResponse.of(rectification.rectify(id, request.measures(), staff), staff);
    }

    @PostMapping("/{id}/explanation")
    @PreAuthorize("hasAnyRole('CLERK','APPROVER')")
    public TicketResponse explain(@PathVariable String id, @Valid @RequestBody ExplainRequest request, Actor staff) {
        return TicketResponse.of(rectification.explain(id, request.reason(), staff), staff);
    }

    @PostMapping("/{id}/appeal")
    @PreAuthorize("hasAnyRole('CLERK','APPROVER')")
    public TicketResponse appeal(@PathVariable String id, @Valid @RequestBody AppealRequest request, Actor staff) {
        return TicketResponse.of(rectification.appeal(id, request.reason(), request.evidence(), staff), staff);
    }

    @PostMapping("/{id}/appeal-decision")
    @PreAuthorize("hasRole('SUPERVISOR')")
    public TicketResponse decideAppeal(@PathVariable String id, @Valid @RequestBody AppealDecisionRequest request,
            Actor supervisor) {
        return TicketResponse.of(rectification.decideAppeal(id, request.uphold(), request.note(), supervisor), supervisor);
    }

    @PostMapping("/{id}/satisfaction")
    @PreAuthorize("hasRole('APPLICANT')")
    public TicketResponse satisfaction(@PathVariable String id, @Valid @RequestBody SatisfactionRequest request,
            Actor rater) {
        return TicketResponse.of(rectification.rateSatisfaction(id, request.result(), rater), rater);
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

    public record TicketSummary(String id, String caseId, String caseNumber, int level, String department,
            String raterId, String status, String resolution, LocalDate dueDate, boolean dueDateProvisional,
            boolean overdue, Instant openedAt) {

        static TicketSummary of(RectificationTicket t, boolean showRater) {
            return new TicketSummary(t.id(), t.caseId(), t.caseNumber(), t.level(), t.department(),
                    showRater ? t.raterId() : null, t.status().name(), t.resolution() == null ? null : t.resolution().name(),
                    t.dueDate(), t.dueDateProvisional(), t.overdue(), t.openedAt());
        }
    }

    public record StepResponse(String action, String actorId, String role, Instant at, String note) {
    }

    /**
     * {@code raterId} is null unless the caller is a supervisor (or the rater); so are the rater's steps' actor ids.
     * {@code dueDateProvisional}: the due date is the weekends-only estimate of a year whose holiday schedule is not
     * loaded yet; it is recounted (and may move) once the year is loaded.
     */
    public record TicketResponse(String id, String ratingId, String caseId, String caseNumber, int level,
            String department, String itemCode, String raterId, String status, String resolution,
            String callBackResult, String answer, int reopenCount, boolean overdue, LocalDate dueDate,
            boolean dueDateProvisional, Instant openedAt, Instant closedAt, boolean excludedFromBadRate,
            List<String> allowedActions, List<StepResponse> history) {

        static TicketResponse of(RectificationTicket t, Actor viewer) {
            boolean showRater = RectificationService.isSupervisor(viewer) || t.isRater(viewer.id());
            List<StepResponse> history = t.history().stream()
                    .map(s -> new StepResponse(s.action(), showRater || !t.isRater(s.actorId()) ? s.actorId() : null,
                            s.role(), s.at(), s.note()))
                    .toList();
            return new TicketResponse(t.id(), t.ratingId(), t.caseId(), t.caseNumber(), t.level(), t.department(),
                    t.itemCode(), showRater ? t.raterId() : null, t.status().name(),
                    t.resolution() == null ? null : t.resolution().name(),
                    t.callBackResult() == null ? null : t.callBackResult().name(),
                    t.answer() == null ? null : t.answer().name(), t.reopenCount(), t.overdue(), t.dueDate(),
                    t.dueDateProvisional(), t.openedAt(), t.closedAt(), t.excludesRatingFromBadRate(), t.allowedActions(),
                    history);
        }
    }
}
