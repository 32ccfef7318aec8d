package org.example.gov.platform.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.TreeSet;

import org.example.gov.platform.security.Actor;

/**
 * Records one audit entry from what the caller knows (who, from which address, under which request id): one insert
 * into {@code audit_pending}, in the caller's transaction when there is one, with no lock on the chain, so the hot
 * paths never queue behind each other; {@link AuditChainer} links the entries within a second. Web-stack neutral:
 * the services' {@code AuditTrail} takes the address from the servlet request, the gateway from its exchange.
 */
public class AuditRecorder {

    private final AuditRepository repository;
    private final Clock clock;

    AuditRecorder(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * @param actor         whoever the token named, or null (no valid token)
     * @param clientAddress the caller's address, or null
     * @param requestId     the request's id, or null
     * @param action        what was done or attempted ("case.decide", "GET /api/cases/{id}")
     * @param subjectType   the kind of object ("case", "ticket"), or null
     * @param subjectId     its id, or null
     * @param personIndex   the blind index of the person whose data was involved, never the data; or null
     * @param detail        short text without personal data, or null
     */
    public void record(AuditKind kind, String outcome, Actor actor, String clientAddress, String requestId,
            String action, String subjectType, String subjectId, String personIndex, String detail) {
        repository.insertPending(new AuditEntry(clock.instant().truncatedTo(ChronoUnit.MICROS), kind, outcome,
                actor == null ? null : actor.id(), actor == null ? null : String.join(",", new TreeSet<>(actor.roles())),
                actor == null ? null : actor.region(), clientAddress, requestId, action, subjectType, subjectId,
                personIndex, detail));
    }
}
