package org.example.gov.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Case events on {@value #TOPIC} (key = case id), one per history entry; the type of each is
 * {@link CaseAction#eventType()} (schemas in contracts/events/case).
 */
public final class CaseEvents {

    public static final String TOPIC = "gov.case.events";
    public static final String CLOSED = CaseAction.CLOSE.eventType();
    public static final String WARNING_RAISED = "gov.case.warning-raised.v1";

    private CaseEvents() {
    }

    /**
     * One payload shape for every case transition: enough for consumers (rating invitations, partner callbacks,
     * notifications to the applicant) to act without calling back. {@code note} carries the reasons, materials or
     * result the step recorded; {@code dueDate} is the promised due date once accepted (moved by pauses/extension).
     */
    public record CaseChanged(String caseId, String caseNumber, String action, String status, String itemId,
            String itemCode, String itemName, int itemVersion, String department, String region, String applicantId,
            String channel, String partnerId, String partnerReference, String bundleId, LocalDate dueDate,
            String decision, String deliveryMethod, String actorId, String actorRole, String location, String note,
            Instant occurredAt) {

        public static CaseChanged of(Case c, HistoryEntry entry) {
            PinnedItem item = c.item();
            Origin origin = c.origin();
            return new CaseChanged(c.id().toString(), c.caseNumber(), entry.action().label(), c.status().name(),
                    item.itemId(), item.code(), item.name(), item.version(), item.department(), item.region(),
                    c.applicantId(), origin.channel().name(), origin.partnerId(), origin.partnerReference(),
                    origin.bundleId(), c.deadline() == null ? null : c.deadline().dueDate(),
                    c.decision() == null ? null : c.decision().outcome().name(),
                    c.delivery() == null ? null : c.delivery().method().name(), entry.actorId(), entry.actorRole(),
                    entry.location(), entry.note(), entry.at());
        }
    }
}
