package org.example.gov.platform.audit;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import org.example.gov.platform.security.Actor;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
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

    AuditController(AuditSupervision supervision) {
        this.supervision = supervision;
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
}
