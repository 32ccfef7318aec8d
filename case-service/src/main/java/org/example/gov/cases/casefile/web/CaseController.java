package org.example.gov.cases.casefile.web;

import java.net.URI;
import java.util.function.BiConsumer;

import jakarta.validation.Valid;

import org.example.gov.cases.casefile.Act;
import org.example.gov.cases.casefile.Applicant;
import org.example.gov.cases.casefile.Case;
import org.example.gov.cases.casefile.CaseAction;
import org.example.gov.cases.casefile.CaseId;
import org.example.gov.cases.casefile.CaseService;
import org.example.gov.cases.casefile.Origin;
import org.example.gov.cases.casefile.web.StepRequests.DecisionRequest;
import org.example.gov.cases.casefile.web.StepRequests.DeliveryRequest;
import org.example.gov.cases.casefile.web.StepRequests.Extension;
import org.example.gov.cases.casefile.web.StepRequests.Located;
import org.example.gov.cases.casefile.web.StepRequests.NonAcceptance;
import org.example.gov.cases.casefile.web.StepRequests.LocationOnly;
import org.example.gov.cases.casefile.web.StepRequests.ReviewStep;
import org.example.gov.cases.casefile.web.StepRequests.SpecialProcedureEnd;
import org.example.gov.cases.casefile.web.StepRequests.SpecialProcedureStart;
import org.example.gov.cases.casefile.web.StepRequests.SupplementRequest;
import org.example.gov.cases.casefile.web.StepRequests.Withdrawal;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases: every transition is a named sub-resource with its role (see {@link CaseAction}); the body of a step carries
 * the fields that step needs and where it happened ({@code location}: hall and window). Responses carry an ETag with
 * the case's version; sending it back in If-Match turns a concurrent change into a 409 instead of a lost update.
 */
@RestController
@RequestMapping("/api/cases")
public class CaseController {

    private final CaseService cases;

    public CaseController(CaseService cases) {
        this.cases = cases;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('APPLICANT', 'CLERK')")
    public ResponseEntity<CaseResponse> submit(@Valid @RequestBody SubmitCaseRequest request, Actor actor) {
        Origin.Channel channel = request.channel() != null ? Origin.Channel.valueOf(request.channel())
                : actor.has(Role.CLERK) ? Origin.Channel.WINDOW : Origin.Channel.WEB;
        Applicant applicant = request.applicant().toApplicant();
        boolean assisted = !actor.has(Role.APPLICANT);
        Origin origin = new Origin(channel, assisted ? actor.id() : null, null, null, null);
        CaseService.CaseView view = cases.submit(request.itemId(), origin, applicant, actor, request.location());
        return ResponseEntity.created(URI.create("/api/cases/" + view.caseFile().id()))
                .eTag(etag(view.version())).body(CaseResponse.of(view, true));
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    public ResponseEntity<CaseResponse> get(@PathVariable CaseId id, Actor viewer) {
        CaseService.CaseView view = cases.view(id, viewer);
        return ResponseEntity.ok().eTag(etag(view.version()))
                .body(CaseResponse.of(view, view.caseFile().isApplicant(viewer)));
    }

    /** 预审通过 → 收件. */
    @PostMapping("/{id}/reception")
    public ResponseEntity<CaseResponse> receive(@PathVariable CaseId id, @Valid @RequestBody(required = false) LocationOnly step,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return step(id, CaseAction.RECEIVE, step, ifMatch, actor, (c, act) -> c.receive(act));
    }

    /** 补正告知: every missing or wrong material at once. */
    @PostMapping("/{id}/supplement-requests")
    public ResponseEntity<CaseResponse> requestSupplement(@PathVariable CaseId id, @Valid @RequestBody SupplementRequest step,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return step(id, CaseAction.REQUEST_SUPPLEMENT, step, ifMatch, actor,
                (c, act) -> c.requestSupplement(step.materials(), step.note(), act));
    }

    /** The applicant (or a clerk for them at the window) hands in the supplement. */
    @PostMapping("/{id}/supplements")
    public ResponseEntity<CaseResponse> provideSupplement(@PathVariable CaseId id,
            @Valid @RequestBody(required = false) LocationOnly step,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return step(id, CaseAction.PROVIDE_SUPPLEMENT, step, ifMatch, actor,
                (c, act) -> c.provideSupplement(act, c.isApplicant(actor) ? null : c.applicantId()));
    }

    @PostMapping("/{id}/acceptance")
    public ResponseEntity<CaseResponse> accept(@PathVariable CaseId id, @Valid @RequestBody(required = false) LocationOnly step,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return step(id, CaseAction.ACCEPT, step, ifMatch, actor, (c, act) -> c.accept(act));
    }

    /** 不予受理 with written reasons ({@code reasons}). */
    @PostMapping("/{id}/non-acceptance")
    public ResponseEntity<CaseResponse> notAccept(@PathVariable CaseId id, @Valid @RequestBody NonAcceptance step,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return step(id, CaseAction.NOT_ACCEPT, step, ifMatch, actor, (c, act) -> c.notAccept(step.reasons(), act));
    }

    @PostMapping("/{id}/review-steps")
    public ResponseEntity<CaseResponse> reviewStep(@PathVariable CaseId id, @Valid @RequestBody ReviewStep step,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return step(id, CaseAction.REVIEW_STEP, step, ifMatch, actor,
                (c, act) -> c.recordReviewStep(step.department() != null ? step.department() : actor.department(),
                        step.opinion(), act));
    }

    /** 特别程序: {@code type} HEARING, TESTING, APPRAISAL or EXPERT_REVIEW, with {@code reason}. */
    @PostMapping("/{id}/special-procedures")
    public ResponseEntity<CaseResponse> startSpecialProcedure(@PathVariable CaseId id, @Valid @RequestBody SpecialProcedureStart step,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return step(id, CaseAction.START_SPECIAL_PROCEDURE, step, ifMatch, actor,
                (c, act) -> c.startSpecialProcedure(step.procedureType(), step.reason(), act));
    }

    /** Ends the running special procedure with its {@code result}. */
    @PostMapping("/{id}/special-procedures/current/end")
    public ResponseEntity<CaseResponse> endSpecialProcedure(@PathVariable CaseId id, @Valid @RequestBody SpecialProcedureEnd step,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return step(id, CaseAction.END_SPECIAL_PROCEDURE, step, ifMatch, actor,
                (c, act) -> c.endSpecialProcedure(step.result(), act));
    }

    /** 延期 by {@code workingDays} with a {@code reason}. */
    @PostMapping("/{id}/extension")
    public ResponseEntity<CaseResponse> extend(@PathVariable CaseId id, @Valid @RequestBody Extension step,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return step(id, CaseAction.EXTEND, step, ifMatch, actor,
                (c, act) -> c.extend(step.workingDays() == null ? 0 : step.workingDays(), step.reason(), act));
    }

    /** 准予 / 不予许可: {@code outcome} APPROVED or REFUSED ({@code reasons} required for a refusal). */
    @PostMapping("/{id}/decision")
    public ResponseEntity<CaseResponse> decide(@PathVariable CaseId id, @Valid @RequestBody DecisionRequest step,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return step(id, CaseAction.DECIDE, step, ifMatch, actor, (c, act) -> c.decide(step.decisionOutcome(), step.reasons(), act));
    }

    /** 送达: {@code method} WINDOW_PICKUP, COURIER (reference = tracking number) or E_LICENCE (licence number). */
    @PostMapping("/{id}/delivery")
    public ResponseEntity<CaseResponse> deliver(@PathVariable CaseId id, @Valid @RequestBody DeliveryRequest step,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return step(id, CaseAction.DELIVER, step, ifMatch, actor,
                (c, act) -> c.deliver(step.deliveryMethod(), step.reference(), act));
    }

    @PostMapping("/{id}/closure")
    public ResponseEntity<CaseResponse> close(@PathVariable CaseId id, @Valid @RequestBody(required = false) LocationOnly step,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return step(id, CaseAction.CLOSE, step, ifMatch, actor, (c, act) -> c.close(act));
    }

    @PostMapping("/{id}/withdrawal")
    public ResponseEntity<CaseResponse> withdraw(@PathVariable CaseId id, @Valid @RequestBody(required = false) Withdrawal step,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
        return step(id, CaseAction.WITHDRAW, step, ifMatch, actor,
                (c, act) -> c.withdraw(step == null ? null : step.reason(), act));
    }

    private ResponseEntity<CaseResponse> step(CaseId id, CaseAction action, Located step, String ifMatch, Actor actor,
            BiConsumer<Case, Act> transition) {
        CaseService.CaseView view = cases.perform(id, action, actor, IfMatch.version(ifMatch),
                step == null ? null : step.location(), transition);
        return ResponseEntity.ok().eTag(etag(view.version())).body(CaseResponse.of(view, view.caseFile().isApplicant(actor)));
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }
}
