package org.example.gov.cases.casefile.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.example.gov.cases.casefile.Case;
import org.example.gov.cases.casefile.CaseAction;
import org.example.gov.cases.casefile.CaseId;
import org.example.gov.cases.casefile.CaseService;
import org.example.gov.cases.casefile.HistoryEntry;
import org.example.gov.platform.security.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Cases: applicants submit and withdraw; clerks accept and close. Transitions are sub-resources. */
@RestController
@RequestMapping("/api/cases")
public class CaseController {

    private final CaseService cases;

    public CaseController(CaseService cases) {
        this.cases = cases;
    }

    @PostMapping
    @PreAuthorize("hasRole('APPLICANT')")
    public ResponseEntity<CaseResponse> submit(@Valid @RequestBody SubmitCaseRequest request, Actor applicant) {
        Case c = cases.submit(request.itemId(), applicant, request.channel() == null ? "WEB" : request.channel());
        return ResponseEntity.created(URI.create("/api/cases/" + c.id())).body(CaseResponse.of(c, List.of(), true));
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    public CaseResponse get(@PathVariable CaseId id, Actor viewer) {
        CaseService.CaseView view = cases.view(id, viewer);
        return CaseResponse.of(view.caseFile(), view.history(), view.caseFile().isApplicant(viewer));
    }

    @PostMapping("/{id}/acceptance")
    @PreAuthorize("hasRole('CLERK')")
    public CaseResponse accept(@PathVariable CaseId id, Actor clerk) {
        return CaseResponse.of(cases.accept(id, clerk), List.of(), false);
    }

    @PostMapping("/{id}/closure")
    @PreAuthorize("hasRole('CLERK')")
    public CaseResponse close(@PathVariable CaseId id, Actor clerk) {
        return CaseResponse.of(cases.close(id, clerk), List.of(), false);
    }

    @PostMapping("/{id}/withdrawal")
    @PreAuthorize("hasRole('APPLICANT')")
    public CaseResponse withdraw(@PathVariable CaseId id, @Valid @RequestBody(required = false) WithdrawRequest request,
            Actor applicant) {
        return CaseResponse.of(cases.withdraw(id, applicant, request == null ? null : request.reason()), List.of(), true);
    }

    public record SubmitCaseRequest(
            @NotBlank @Size(max = 36) String itemId,
            @Pattern(regexp = "WINDOW|WEB|APP|TERMINAL|PARTNER") String channel) {
    }

    public record WithdrawRequest(@Size(max = 500) String reason) {
    }

    public record CaseResponse(String id, String caseNumber, String queryCode, String status, String itemId,
            String itemCode, String itemName, int itemVersion, String department, String applicantId, String channel,
            Instant submittedAt, Instant acceptedAt, Instant closedAt, List<String> allowedActions,
            List<HistoryEntry> history) {

        /** The query code is shown only to the applicant, who needs it for the progress query. */
        static CaseResponse of(Case c, List<HistoryEntry> history, boolean forApplicant) {
            return new CaseResponse(c.id().toString(), c.caseNumber(), forApplicant ? c.queryCode() : null,
                    c.status().name(), c.item().itemId(), c.item().code(), c.item().name(), c.item().version(),
                    c.item().department(), c.applicantId(), c.channel(), c.submittedAt(), c.acceptedAt(), c.closedAt(),
                    c.allowedActions().stream().map(CaseAction::label).toList(), history);
        }
    }
}
