package org.example.gov.evaluation.onsite.web;

import java.net.URI;
import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.example.gov.evaluation.onsite.OccurrenceService;
import org.example.gov.evaluation.onsite.ServiceOccurrence;
import org.example.gov.platform.security.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * 一次一评 at the window: the hall (CLERK/APPROVER) opens a service occurrence for an applicant it served, for itself;
 * the window device, the applicant, the staff member and supervisors in scope read it; the window device (role WINDOW_DEVICE,
 * subject = window id) fetches the one awaiting its rating. The rating itself is
 * {@code POST /api/evaluations/service-occurrences/{id}/rating} (EvaluationController).
 */
@RestController
public class OccurrenceController {

    private final OccurrenceService occurrences;

    public OccurrenceController(OccurrenceService occurrences) {
        this.occurrences = occurrences;
    }

    @PostMapping("/api/evaluations/service-occurrences")
    @PreAuthorize("hasAnyRole('CLERK','APPROVER')")
    public ResponseEntity<OccurrenceResponse> open(@Valid @RequestBody OpenRequest request, Actor hallStaff) {
        ServiceOccurrence o = occurrences.open(request.caseId(), request.caseNumber(), request.applicantId(),
                request.hallCode(), request.windowId(), request.staffId(), hallStaff);
        return ResponseEntity.created(URI.create("/api/evaluations/service-occurrences/" + o.id()))
                .body(OccurrenceResponse.of(o));
    }

    @GetMapping("/api/evaluations/service-occurrences/{id}")
    @PreAuthorize("hasAnyRole('CLERK','APPROVER','APPLICANT','WINDOW_DEVICE','SUPERVISOR')")
    public OccurrenceResponse get(@PathVariable String id, Actor actor) {
        return OccurrenceResponse.of(occurrences.get(id, actor));
    }

    /** Pushed to the device: the occurrence of its window awaiting a rating (404 when there is none). */
    @GetMapping("/api/evaluations/window-devices/me/occurrence")
    @PreAuthorize("hasRole('WINDOW_DEVICE')")
    public OccurrenceResponse awaiting(Actor device) {
        return OccurrenceResponse.of(occurrences.awaitingForDevice(device));
    }

    /**
     * A window service for a case the evaluation service knows from case events, within the caller's reach, of this
     * applicant (else 404). The item is the case's: {@code itemCode}/{@code itemName} are optional and not used.
     * {@code staffId}, if given, must be the caller's own id (422 otherwise): staff open occurrences for themselves.
     */
    public record OpenRequest(
            @NotBlank @Size(max = 36) String caseId,
            @NotBlank @Size(max = 32) String caseNumber,
            @NotBlank @Size(max = 64) String applicantId,
            @Size(max = 64) String itemCode,
            @Size(max = 200) String itemName,
            @NotBlank @Size(max = 64) String hallCode,
            @NotBlank @Size(max = 64) String windowId,
            @Size(max = 64) String staffId) {
    }

    /** No applicant identity: the device screen and the hall see the service, not who is rating it. */
    public record OccurrenceResponse(String id, String caseId, String caseNumber, String itemName, String department,
            String hallCode, String windowId, String staffId, String status, Instant openedAt, Instant expiresAt) {

        static OccurrenceResponse of(ServiceOccurrence o) {
            return new OccurrenceResponse(o.id(), o.caseId(), o.caseNumber(), o.itemName(), o.department(),
                    o.hallCode(), o.windowId(), o.staffId(), o.status().name(), o.openedAt(), o.expiresAt());
        }
    }
}
