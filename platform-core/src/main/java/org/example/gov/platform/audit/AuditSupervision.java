package org.example.gov.platform.audit;

import java.time.Instant;
import java.util.List;

import org.example.gov.platform.scope.RegionCode;
import org.example.gov.platform.scope.Scope;
import org.example.gov.platform.scope.ScopePolicy;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;

/**
 * What a supervisor may ask of the trail, whatever web stack serves it (the services' {@code AuditController}, the
 * gateway's audit endpoints): whether the chain is intact, and the entries within the supervisor's region and below
 * (by the region of whoever acted); entries without an actor region (calls without a token) only for provincial
 * supervisors. The role check itself is the endpoint's.
 */
public class AuditSupervision {

    private final AuditVerifier verifier;
    private final AuditRepository repository;

    AuditSupervision(AuditVerifier verifier, AuditRepository repository) {
        this.verifier = verifier;
        this.repository = repository;
    }

    public AuditVerification verify() {
        return verifier.verify();
    }

    /** Entries matching the filters (null = any), newest first. */
    public List<EntryResponse> entries(Actor supervisor, AuditKind kind, String actorId, String personIndex,
            String subjectId, Instant from, Instant to, int page, int size) {
        Scope scope = ScopePolicy.of(supervisor, List.of(Role.SUPERVISOR));
        boolean provincial = RegionCode.parse(supervisor.region()).map(r -> r.level() == RegionCode.Level.PROVINCE)
                .orElse(false);
        return repository.search(new AuditQuery(scope, provincial, kind, actorId, personIndex, subjectId, from, to), page,
                size).stream().map(EntryResponse::of).toList();
    }
}
