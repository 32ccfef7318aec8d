package org.example.gov.hotline.ticket.web;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.function.BiConsumer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.example.gov.hotline.dispatch.DepartmentRef;
import org.example.gov.hotline.knowledge.ArticleId;
import org.example.gov.hotline.ticket.Act;
import org.example.gov.hotline.ticket.Attachment;
import org.example.gov.hotline.ticket.CallBack;
import org.example.gov.hotline.ticket.Caller;
import org.example.gov.hotline.ticket.Channel;
import org.example.gov.hotline.ticket.EmergencyHandoff;
import org.example.gov.hotline.ticket.InvalidTicketException;
import org.example.gov.hotline.ticket.Location;
import org.example.gov.hotline.ticket.NewTicket;
import org.example.gov.hotline.ticket.Page;
import org.example.gov.hotline.ticket.Ticket;
import org.example.gov.hotline.ticket.TicketAction;
import org.example.gov.hotline.ticket.TicketId;
import org.example.gov.hotline.ticket.TicketQueryService;
import org.example.gov.hotline.ticket.TicketService;
import org.example.gov.hotline.ticket.TicketStatus;
import org.example.gov.hotline.ticket.TicketSummary;
import org.example.gov.hotline.ticket.TicketType;
import org.example.gov.hotline.ticket.Urgency;
import org.example.gov.platform.personal.PersonName;
import org.example.gov.platform.personal.PhoneNumber;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 12345 tickets: intake, work lists, and every transition as a named sub-resource with its role (see
 * {@link TicketAction}); the body of a step carries what that step needs. Responses carry an ETag with the ticket's
 * version; sending it back in If-Match turns a concurrent change into a 409 instead of a lost update.
 */
@RestController
@Validated
@RequestMapping("/api/hotline/tickets")
@Tag(name = "tickets", description = "12345 工单 — intake, dispatch, handling, call-back")
public class TicketController {

    private final TicketService tickets;
    private final TicketQueryService queries;
    private final Clock clock;

    public TicketController(TicketService tickets, TicketQueryService queries, Clock clock) {
        this.tickets = tickets;
        this.queries = queries;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('HOTLINE_AGENT', 'APPLICANT')")
    @Operation(summary = "Record a ticket (an agent for any channel, a caller online for themself)", description = """
            201 with the new ticket. 重复件: when the same caller (phone) has an open ticket of the same category, the \
            call is merged into it instead — 200 with that master ticket (reminderCount +1, Content-Location names it), \
            no new ticket, no second dispatch. With newFacts=false and the same matter closed within the window \
            (default 30 days): 422 REPEATED_MATTER with previousTicketNumber and previousReply.""")
    public ResponseEntity<TicketResponse> create(@Valid @RequestBody CreateTicketRequest request, Actor actor) {
        boolean agent = actor.has(Role.HOTLINE_AGENT);
        Channel channel = request.channel() != null ? Channel.valueOf(request.channel()) : agent ? Channel.PHONE : Channel.WEB;
        var l = request.location();
        NewTicket ticket = new NewTicket(channel, TicketType.valueOf(request.type()), request.categoryCode(),
                new Location(l.region(), l.address().strip(), l.latitude(), l.longitude()),
                request.urgency() == null ? Urgency.NORMAL : Urgency.valueOf(request.urgency()),
                request.description().strip(),
                request.attachments() == null ? null : request.attachments().stream()
                        .map(f -> new Attachment(f.name(), f.type(), f.size(), f.sha256().toLowerCase())).toList(),
                caller(request.caller()), Boolean.TRUE.equals(request.confidential()),
                !Boolean.FALSE.equals(request.newFacts()), request.caseNumber());
        TicketService.Intake intake = tickets.create(ticket, actor);
        TicketService.TicketView view = intake.view();
        URI location = URI.create("/api/hotline/tickets/" + view.ticket().id());
        if (intake.merged()) {
            // 重复件: no new resource; 200 with the master ticket (its reminderCount up by one), which Content-Location names
            return ResponseEntity.ok().header("Content-Location", location.toString()).eTag(etag(view.version()))
                    .body(TicketResponse.of(view, actor, clock.instant()));
        }
        return ResponseEntity.created(location).eTag(etag(view.version()))
                .body(TicketResponse.of(view, actor, clock.instant()));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('HOTLINE_AGENT', 'SUPERVISOR', 'HOTLINE_HANDLER', 'APPLICANT')")
    @Operation(summary = "Work list: the centre's and supervisors' region, a department's tickets, a caller's own")
    public TicketPage list(
            @RequestParam(required = false) @Pattern(regexp = "[A-Z_]{1,24}") String status,
            @RequestParam(required = false) @Pattern(regexp = "[A-Z]{1,16}") String type,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Boolean sensitive,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(TicketQueryService.MAX_PAGE_SIZE) int size, Actor actor) {
        Page<TicketSummary> found = queries.list(actor, parse(TicketStatus.class, status, "status"),
                parse(TicketType.class, type, "type"), overdue, sensitive, page, size);
        return new TicketPage(found.content(), found.page(), found.size(), found.totalElements(), found.totalExact());
    }

    /** One page of a work list (no caller data); {@code totalExact} false: at least {@code totalElements} match. */
    public record TicketPage(List<TicketSummary> content, int page, int size, long totalElements, boolean totalExact) {
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('HOTLINE_AGENT', 'SUPERVISOR', 'HOTLINE_HANDLER', 'APPLICANT')")
    @Operation(summary = "A ticket with its history (the caller masked, absent for departments when confidential)")
    public ResponseEntity<TicketResponse> get(@PathVariable TicketId id, Actor viewer) {
        TicketService.TicketView view = tickets.view(id, viewer);
        return ResponseEntity.ok().eTag(etag(view.version())).body(TicketResponse.of(view, viewer, clock.instant()));
    }

    /** The full name and phone, for the call-back or the department's contact; audited. */
    @GetMapping("/{id}/caller")
    @PreAuthorize("hasAnyRole('HOTLINE_AGENT', 'HOTLINE_HANDLER')")
    @Operation(summary = "The caller in full (audited); never for a department when the caller is confidential")
    public CallerInFull caller(@PathVariable TicketId id, Actor viewer) {
        Caller caller = tickets.callerInFull(id, viewer);
        return new CallerInFull(caller.name() == null ? null : caller.name().value(), caller.phone().value());
    }

    public record CallerInFull(String name, String phone) {
    }

    @GetMapping("/{id}/dispatch-proposal")
    @PreAuthorize("hasRole('HOTLINE_AGENT')")
    @Operation(summary = "The department the responsibility list proposes (404 code NO_RESPONSIBLE_DEPARTMENT when none)")
    public DispatchProposal proposal(@PathVariable TicketId id, Actor actor) {
        return tickets.proposal(id, actor)
                .map(r -> new DispatchProposal(r.categoryCode(), r.region(), r.lead(), r.assisting()))
                .orElseThrow(() -> new NotFoundException("NO_RESPONSIBLE_DEPARTMENT",
                        "The responsibility list has no line for this ticket's category and region"));
    }

    public record DispatchProposal(String categoryCode, String region,
            DepartmentRef leadDepartment, List<DepartmentRef> assistingDepartments) {
    }

    @PostMapping("/{id}/emergency-handoff")
    @PreAuthorize("hasRole('HOTLINE_AGENT')")
    @Operation(summary = "Record the hand-off of a 110/119/120/122 matter (no department dispatch)")
    public ResponseEntity<TicketResponse> handOff(@PathVariable TicketId id,
            @Valid @RequestBody EmergencyHandoffRequest step,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return step(id, TicketAction.HAND_OFF_EMERGENCY, ifMatch, actor, (t, act) -> t.handOffEmergency(
                EmergencyHandoff.Service.valueOf(step.service()), EmergencyHandoff.Mode.valueOf(step.mode()), step.note(),
                act));
    }

    @PostMapping("/{id}/direct-answer")
    @PreAuthorize("hasRole('HOTLINE_AGENT')")
    @Operation(summary = "直接答复: close a consult at once from a published, valid knowledge article (no dispatch)")
    public ResponseEntity<TicketResponse> answerDirectly(@PathVariable TicketId id,
            @Valid @RequestBody DirectAnswerRequest step,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return respond(tickets.answerDirectly(id, actor, IfMatch.version(ifMatch), ArticleId.of(step.articleId()),
                step.note()), actor);
    }

    @PostMapping("/{id}/dispatch")
    @PreAuthorize("hasRole('HOTLINE_AGENT')")
    @Operation(summary = "派单: confirm the responsibility list's department or override it with a reason")
    public ResponseEntity<TicketResponse> dispatch(@PathVariable TicketId id,
            @Valid @RequestBody(required = false) DispatchRequest step,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        DispatchRequest s = step == null ? new DispatchRequest(null, null, null) : step;
        return respond(tickets.dispatch(id, actor, IfMatch.version(ifMatch), s.lead(), s.assisting(), s.reason()), actor);
    }

    @PostMapping("/{id}/signature")
    @PreAuthorize("hasRole('HOTLINE_HANDLER')")
    @Operation(summary = "签收 by the lead department (the deadline runs from dispatch regardless)")
    public ResponseEntity<TicketResponse> sign(@PathVariable TicketId id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return step(id, TicketAction.SIGN, ifMatch, actor, (t, act) -> t.sign(act));
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasRole('HOTLINE_HANDLER')")
    @Operation(summary = "退单 by the lead department within the return window, with a reason")
    public ResponseEntity<TicketResponse> requestReturn(@PathVariable TicketId id, @Valid @RequestBody ReturnRequest step,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return step(id, TicketAction.RETURN, ifMatch, actor, (t, act) -> t.requestReturn(step.reason(), act));
    }

    @PostMapping("/{id}/return-approval")
    @PreAuthorize("hasRole('HOTLINE_AGENT')")
    @Operation(summary = "Approve a return: back for another dispatch, counted against the returning department")
    public ResponseEntity<TicketResponse> approveReturn(@PathVariable TicketId id,
            @Valid @RequestBody(required = false) ReturnReviewRequest step,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return step(id, TicketAction.APPROVE_RETURN, ifMatch, actor,
                (t, act) -> t.approveReturn(step == null ? null : step.reason(), act));
    }

    @PostMapping("/{id}/return-rejection")
    @PreAuthorize("hasRole('HOTLINE_AGENT')")
    @Operation(summary = "Reject a return with a reason: back to the department, the deadline unchanged")
    public ResponseEntity<TicketResponse> rejectReturn(@PathVariable TicketId id,
            @Valid @RequestBody ReturnReviewRequest step,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return step(id, TicketAction.REJECT_RETURN, ifMatch, actor, (t, act) -> t.rejectReturn(step.reason(), act));
    }

    @PostMapping("/{id}/coordination-decision")
    @PreAuthorize("hasRole('HOTLINE_AGENT')")
    @Operation(summary = "联席/审定: decide the department after repeated returns (final: no further return)")
    public ResponseEntity<TicketResponse> coordinate(@PathVariable TicketId id, @Valid @RequestBody DispatchRequest step,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return respond(tickets.decideCoordination(id, actor, IfMatch.version(ifMatch), step.lead(), step.assisting(),
                step.reason()), actor);
    }

    @PostMapping("/{id}/reply")
    @PreAuthorize("hasRole('HOTLINE_HANDLER')")
    @Operation(summary = "答复 by the lead department")
    public ResponseEntity<TicketResponse> reply(@PathVariable TicketId id, @Valid @RequestBody ReplyRequest step,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return step(id, TicketAction.REPLY, ifMatch, actor, (t, act) -> t.reply(step.text(), act));
    }

    @PostMapping("/{id}/reply-approval")
    @PreAuthorize("hasRole('HOTLINE_AGENT')")
    @Operation(summary = "答复审核: approve the reply; the call-back is due the next working day")
    public ResponseEntity<TicketResponse> approveReply(@PathVariable TicketId id,
            @Valid @RequestBody(required = false) ReplyApprovalRequest step,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return step(id, TicketAction.APPROVE_REPLY, ifMatch, actor,
                (t, act) -> t.approveReply(step == null ? null : step.note(), act));
    }

    @PostMapping("/{id}/reply-send-back")
    @PreAuthorize("hasRole('HOTLINE_AGENT')")
    @Operation(summary = "Send the reply back to the department with a reason (the deadline unchanged, counted)")
    public ResponseEntity<TicketResponse> sendBackReply(@PathVariable TicketId id,
            @Valid @RequestBody ReplySendBackRequest step,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return step(id, TicketAction.SEND_BACK_REPLY, ifMatch, actor, (t, act) -> t.sendBackReply(step.reason(), act));
    }

    @PostMapping("/{id}/extension-request")
    @PreAuthorize("hasRole('HOTLINE_HANDLER')")
    @Operation(summary = "延期申请 by the lead department before the deadline (at most the configured working days in all)")
    public ResponseEntity<TicketResponse> requestExtension(@PathVariable TicketId id,
            @Valid @RequestBody ExtensionRequest step,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return step(id, TicketAction.REQUEST_EXTENSION, ifMatch, actor,
                (t, act) -> t.requestExtension(step.workingDays(), step.reason(), act));
    }

    @PostMapping("/{id}/extension-approval")
    @PreAuthorize("hasRole('HOTLINE_AGENT')")
    @Operation(summary = "Approve the extension: the deadline moves on the calendar and the caller is to be told")
    public ResponseEntity<TicketResponse> approveExtension(@PathVariable TicketId id,
            @Valid @RequestBody(required = false) ExtensionReviewRequest step,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return step(id, TicketAction.APPROVE_EXTENSION, ifMatch, actor,
                (t, act) -> t.approveExtension(step == null ? null : step.reason(), act));
    }

    @PostMapping("/{id}/extension-rejection")
    @PreAuthorize("hasRole('HOTLINE_AGENT')")
    @Operation(summary = "Reject the extension with a reason: the deadline stays")
    public ResponseEntity<TicketResponse> rejectExtension(@PathVariable TicketId id,
            @Valid @RequestBody ExtensionReviewRequest step,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return step(id, TicketAction.REJECT_EXTENSION, ifMatch, actor, (t, act) -> t.rejectExtension(step.reason(), act));
    }

    @PostMapping("/{id}/sensitive-flag")
    @PreAuthorize("hasRole('HOTLINE_AGENT')")
    @Operation(summary = "敏感件: flag an open ticket as sensitive with a reason (supervised; shown to supervisors)")
    public ResponseEntity<TicketResponse> flagSensitive(@PathVariable TicketId id,
            @Valid @RequestBody SensitiveFlagRequest step,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return step(id, TicketAction.FLAG_SENSITIVE, ifMatch, actor, (t, act) -> t.flagSensitive(step.reason(), act));
    }

    @PostMapping("/{id}/case-reference-verification")
    @PreAuthorize("hasRole('HOTLINE_AGENT')")
    @Operation(summary = "Check the case a ticket names again with case-service (after an intake it could not answer)",
            description = "422 CASE_NOT_FOUND when case-service says there is no such case; 503 when it still cannot answer; 409 when the ticket names no unverified case.")
    public ResponseEntity<TicketResponse> verifyCaseReference(@PathVariable TicketId id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return respond(tickets.verifyCaseReference(id, actor, IfMatch.version(ifMatch)), actor);
    }

    @PostMapping("/{id}/call-back")
    @PreAuthorize("hasRole('HOTLINE_AGENT')")
    @Operation(summary = "回访: satisfied, basically satisfied, unsatisfied (for a handling reason: reopened, redo count +1) or unreachable (ends after N attempts)")
    public ResponseEntity<TicketResponse> callBack(@PathVariable TicketId id, @Valid @RequestBody CallBackRequest step,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return step(id, TicketAction.CALL_BACK, ifMatch, actor, (t, act) -> t.callBack(
                step.result() == null ? null : CallBack.Result.valueOf(step.result()), step.handlingReason(),
                step.note(), act));
    }

    @PostMapping("/{id}/closure")
    @PreAuthorize("hasRole('HOTLINE_AGENT')")
    @Operation(summary = "办结 after the call-back")
    public ResponseEntity<TicketResponse> close(@PathVariable TicketId id,
            @Valid @RequestBody(required = false) ClosureRequest step,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return step(id, TicketAction.CLOSE, ifMatch, actor, (t, act) -> t.close(step == null ? null : step.note(), act));
    }

    private ResponseEntity<TicketResponse> step(TicketId id, TicketAction action, String ifMatch, Actor actor,
            BiConsumer<Ticket, Act> transition) {
        return respond(tickets.perform(id, action, actor, IfMatch.version(ifMatch), transition), actor);
    }

    private ResponseEntity<TicketResponse> respond(TicketService.TicketView view, Actor actor) {
        return ResponseEntity.ok().eTag(etag(view.version())).body(TicketResponse.of(view, actor, clock.instant()));
    }

    private static Caller caller(CreateTicketRequest.CallerRequest request) {
        PersonName name = null;
        if (request.name() != null && !request.name().isBlank()) {
            try {
                name = PersonName.of(request.name());
            } catch (IllegalArgumentException e) {
                throw new InvalidTicketException("CALLER_NAME_INVALID", "caller.name", e.getMessage());
            }
        }
        return new Caller(name, phone(request.phone(), "caller.phone"));
    }

    private static PhoneNumber phone(String value, String field) {
        try {
            return PhoneNumber.of(value);
        } catch (IllegalArgumentException e) {
            // the message names the rule, never the number
            throw new InvalidTicketException("PHONE_INVALID", field, e.getMessage());
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidTicketException("FILTER_INVALID", field, "Unknown " + field + " " + value, value);
        }
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }
}
