package org.example.gov.platform.audit;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.example.gov.platform.personal.crypto.BlindIndex;
import org.example.gov.platform.personal.validation.PersonReference;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.security.Actor;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service's audit trail for supervisors, under {@code platform.audit.base-path} (each service names a path of
 * its own area, e.g. {@code /api/cases/audit}, so the gateway routes it): whether the chain is intact (the first
 * broken entry if not), and the entries by kind, actor, person (blind index), object and time, within the
 * supervisor's region and below (by the region of whoever acted).
 */
@RestController
@Validated
@RequestMapping("${platform.audit.base-path}")
@Tag(name = "audit", description = "审计日志（SM3 链式防篡改）")
public class AuditController {

    private final AuditSupervision supervision;
    private final AuditTrail trail;
    private final ObjectProvider<BlindIndex> index;

    AuditController(AuditSupervision supervision, AuditTrail trail, ObjectProvider<BlindIndex> index) {
        this.supervision = supervision;
        this.trail = trail;
        this.index = index;
    }

    @GetMapping("/verification")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Verify the audit chain from the purge anchor to its head; names the first broken entry")
    public AuditVerification verification() {
        return supervision.verify();
    }

    @GetMapping("/entries")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Audit entries by kind, actor, person (blind index), object and time, newest first")
    public List<EntryResponse> entries(@RequestParam(required = false) AuditKind kind,
            @RequestParam(required = false) @Size(max = 100) String actorId,
            @RequestParam(required = false) @Pattern(regexp = "[0-9a-f]{64}") String personIndex,
            @RequestParam(required = false) @Size(max = 100) String subjectId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, Actor supervisor) {
        // by the acting person's region: a city supervisor sees what happened in the city and below
        return supervision.entries(supervisor, kind, actorId, personIndex, subjectId, from, to, page, size);
    }

    /**
     * "Who looked at this person's data, when, from where": the entries about one person, found by their identity card
     * number or phone in the body (never in a URL), turned into the blind index the trail stores. The lookup itself
     * is recorded, with the same index.
     */
    @PostMapping("/person-entries")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Audit entries about one person (by identity card number or phone, in the body), newest first")
    public List<EntryResponse> personEntries(@Valid @RequestBody PersonReference person,
            @RequestParam(required = false) AuditKind kind,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, Actor supervisor) {
        BlindIndex blindIndex;
        try {
            blindIndex = index.getObject();
        } catch (BeansException noKeys) {
            throw new NotFoundException("PERSONAL_DATA_NOT_HELD", "This service holds no personal data");
        }
        String personIndex = person.idNumber() != null ? blindIndex.of(person.idCardNumber())
                : blindIndex.of(person.phoneNumber());
        trail.record(AuditKind.PERSONAL_DATA_READ, "SEARCHED", supervisor, "audit.search-by-person", null, null,
                personIndex, null);
        return supervision.entries(supervisor, kind, null, personIndex, null, null, null, page, size);
    }
}
