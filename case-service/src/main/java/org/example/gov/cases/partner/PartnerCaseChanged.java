package org.example.gov.cases.partner;

import java.time.Instant;
import java.time.LocalDate;

import org.example.gov.cases.casefile.Case;
import org.example.gov.cases.casefile.HistoryEntry;

/**
 * The body of a callback: one transition of a partner's case, like the {@code CaseChanged} event, minus the staff's
 * identities (only their role and place). {@code callbackId} is the same on every retry of one callback, so the
 * partner can drop a duplicate (delivery is at least once).
 */
public record PartnerCaseChanged(String callbackId, String caseId, String caseNumber, String partnerReference,
        String action, String status, String itemId, String itemCode, String itemName, String department,
        String region, LocalDate dueDate, Boolean dueDateProvisional, String decision, String deliveryMethod,
        String actorRole, String location, String note, Instant occurredAt) {

    public static PartnerCaseChanged of(String callbackId, Case c, HistoryEntry entry) {
        return new PartnerCaseChanged(callbackId, c.id().toString(), c.caseNumber(), c.origin().partnerReference(),
                entry.action().name(), c.status().name(), c.item().itemId(), c.item().code(), c.item().name(),
                c.item().department(), c.item().region(), c.deadline() == null ? null : c.deadline().dueDate(),
                c.deadline() == null ? null : c.deadline().dueDateProvisional(),
                c.decision() == null ? null : c.decision().outcome().name(),
                c.delivery() == null ? null : c.delivery().method().name(), entry.actorRole(), entry.location(),
                entry.note(), entry.at());
    }
}
