package org.example.gov.platform.audit;

import java.time.Instant;

/** One chained entry as supervisors see it (no personal data is ever stored in it). */
public record EntryResponse(long seq, Instant occurredAt, AuditKind kind, String outcome, String actorId,
        String actorRoles, String actorRegion, String clientAddress, String requestId, String action,
        String subjectType, String subjectId, String personIndex, String detail, String hash) {

    static EntryResponse of(AuditRepository.Chained c) {
        AuditEntry e = c.entry();
        return new EntryResponse(c.seq(), e.occurredAt(), e.kind(), e.outcome(), e.actorId(), e.actorRoles(),
                e.actorRegion(), e.clientAddress(), e.requestId(), e.action(), e.subjectType(), e.subjectId(),
                e.personIndex(), e.detail(), c.hash());
    }
}
