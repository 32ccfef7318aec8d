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
    public static final String DUE_DATE_RECOMPUTED = CaseAction.RECOMPUTE_DATES.eventType();

    private CaseEvents() {
    }

    /** The event of one history entry: a recount of a date has its own shape, every transition shares one. */
    public static Object of(Case c, HistoryEntry entry) {
        return entry.recomputed() != null ? DueDateRecomputed.of(c, entry) : CaseChanged.of(c, entry);
    }

    /**
     * One payload shape for every case transition: enough for consumers (rating invitations, partner callbacks,
     * notifications to the applicant) to act without calling back. {@code note} carries the reasons, materials or
     * result the step recorded; {@code dueDate} is the promised due date once accepted (moved by pauses/extension),
     * {@code dueDateProvisional} whether it is still the weekends-only estimate of a year not loaded.
     */
    public record CaseChanged(String caseId, String caseNumber, String action, String status, String itemId,
            String itemCode, String itemName, int itemVersion, String department, String region, String applicantId,
            String channel, String partnerId, String partnerReference, String bundleId, LocalDate dueDate,
            Boolean dueDateProvisional, String decision, String deliveryMethod, String actorId, String actorRole,
            String location, String note, Instant occurredAt) {

        public static CaseChanged of(Case c, HistoryEntry entry) {
            PinnedItem item = c.item();
            Origin origin = c.origin();
            Deadline deadline = c.deadline();
            return new CaseChanged(c.id().toString(), c.caseNumber(), entry.action().label(), c.status().name(),
                    item.itemId(), item.code(), item.name(), item.version(), item.department(), item.region(),
                    c.applicantId(), origin.channel().name(), origin.partnerId(), origin.partnerReference(),
                    origin.bundleId(), deadline == null ? null : deadline.dueDate(),
                    deadline == null ? null : deadline.dueDateProvisional(),
                    c.decision() == null ? null : c.decision().outcome().name(),
                    c.delivery() == null ? null : c.delivery().method().name(), entry.actorId(), entry.actorRole(),
                    entry.location(), entry.note(), entry.at());
        }
    }

    /**
     * gov.case.due-date-recomputed.v1: the system counted a provisional date again (its calendar year is now loaded).
     * {@code date} says which: DEADLINE (the promised due date) or PRE_REVIEW (the 网上预审 due date).
     */
    public record DueDateRecomputed(String caseId, String caseNumber, String date, LocalDate previousDueDate,
            boolean previousProvisional, LocalDate newDueDate, boolean provisional, String status, String itemId,
            String itemCode, String department, String region, String applicantId, String partnerId, String bundleId,
            String actorId, String actorRole, Instant occurredAt) {

        static DueDateRecomputed of(Case c, HistoryEntry entry) {
            RecomputedDate r = entry.recomputed();
            return new DueDateRecomputed(c.id().toString(), c.caseNumber(), r.date().name(), r.previousDate(),
                    r.previousProvisional(), r.newDate(), r.provisional(), c.status().name(), c.item().itemId(),
                    c.item().code(), c.item().department(), c.item().region(), c.applicantId(), c.origin().partnerId(),
                    c.origin().bundleId(), entry.actorId(), entry.actorRole(), entry.at());
        }
    }
}
