package org.example.gov.platform.audit;

import java.time.Instant;

/**
 * One audited event: who (actor id, roles, region), from where (client address, request id), did what (action, the
 * object it concerned, the person whose data was involved as a blind index, never the data itself), when, and with
 * what outcome. {@code detail} is a short free text that must hold no personal data.
 */
public record AuditEntry(Instant occurredAt, AuditKind kind, String outcome, String actorId, String actorRoles,
        String actorRegion, String clientAddress, String requestId, String action, String subjectType, String subjectId,
        String personIndex, String detail) {

    public AuditEntry {
        if (occurredAt == null || kind == null || outcome == null || action == null) {
            throw new IllegalArgumentException("an audit entry needs its time, kind, outcome and action");
        }
        actorId = cut(actorId, 100);
        actorRoles = cut(actorRoles, 300);
        actorRegion = cut(actorRegion, 12);
        clientAddress = cut(clientAddress, 64);
        requestId = cut(requestId, 64);
        action = cut(action, 200);
        subjectType = cut(subjectType, 40);
        subjectId = cut(subjectId, 100);
        personIndex = cut(personIndex, 64);
        detail = cut(detail, 500);
    }

    /** The fields the hash covers, in a fixed order, each length-prefixed so no two entries can read alike. */
    String canonical() {
        StringBuilder out = new StringBuilder();
        for (String field : new String[] {Long.toString(occurredAt.getEpochSecond()), Integer.toString(occurredAt.getNano()),
                kind.name(), outcome, actorId, actorRoles, actorRegion, clientAddress, requestId, action, subjectType,
                subjectId, personIndex, detail}) {
            String value = field == null ? "" : field;
            out.append(field == null ? -1 : value.length()).append(':').append(value).append('|');
        }
        return out.toString();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
