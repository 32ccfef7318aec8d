package org.example.gov.platform.audit;

import java.time.Instant;

import org.example.gov.platform.scope.Scope;

/**
 * What a supervisor looks for in the trail; null = any. "Who read this applicant's data, when, from where" is
 * {@code kind=PERSONAL_DATA_READ} with the person's blind index: one indexed query. Always within {@code scope}
 * (the supervisor's region and below, by the acting person's region); entries without an actor region (calls without
 * a token) only when {@code withoutRegion} (provincial supervisors).
 */
public record AuditQuery(Scope scope, boolean withoutRegion, AuditKind kind, String actorId, String personIndex,
        String subjectId, Instant from, Instant to) {
}
