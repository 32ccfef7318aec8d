package org.example.gov.gateway.audit;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.example.gov.platform.audit.AuditKind;
import org.example.gov.platform.audit.AuditSupervision;
import org.example.gov.platform.audit.AuditVerification;
import org.example.gov.platform.audit.EntryResponse;
import org.example.gov.platform.security.Actor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The gateway's own audit trail for supervisors, under {@code platform.audit.base-path} ({@code /api/gateway/audit}),
 * as each service serves its own: whether the chain is intact (the first broken entry if not), and the entries by
 * kind, actor, object and time within the supervisor's region (calls without a token: provincial supervisors).
 * Role SUPERVISOR is required by SecurityConfiguration for the whole path. The JDBC work runs off the event loop.
 */
@RestController
@ConditionalOnProperty(name = "platform.audit.enabled", havingValue = "true", matchIfMissing = true)
@RequestMapping("${platform.audit.base-path}")
@Tag(name = "audit", description = "网关审计日志（SM3 链式防篡改）")
public class GatewayAuditController {

    private final AuditSupervision supervision;

    GatewayAuditController(AuditSupervision supervision) {
        this.supervision = supervision;
    }

    @GetMapping("/verification")
    @Operation(summary = "Verify the gateway's audit chain from the purge anchor to its head; names the first broken entry")
    public Mono<AuditVerification> verification() {
        return Mono.fromCallable(supervision::verify).subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/entries")
    @Operation(summary = "The gateway's audit entries by kind, actor, object and time, newest first")
    public Mono<List<EntryResponse>> entries(@RequestParam(required = false) AuditKind kind,
            @RequestParam(required = false) @Size(max = 100) String actorId,
            @RequestParam(required = false) @Pattern(regexp = "[0-9a-f]{64}") String personIndex,
            @RequestParam(required = false) @Size(max = 100) String subjectId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, @AuthenticationPrincipal Jwt token) {
        Actor supervisor = Actor.fromClaims(token.getSubject(), token.getClaims());
        return Mono.fromCallable(() -> supervision.entries(supervisor, kind, actorId, personIndex, subjectId, from, to,
                page, size)).subscribeOn(Schedulers.boundedElastic());
    }
}
