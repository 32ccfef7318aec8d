package org.example.gov.hotline.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.example.gov.hotline.dispatch.DepartmentRef;

/**
 * Ticket events on {@value #TOPIC} (key = ticket id), one per history entry; the type of each is
 * {@link TicketAction#eventType()} (schemas in contracts/events/hotline). No personal data: never the caller's name or
 * phone, only whether the ticket is confidential and, for a ticket filed online, the caller's user id.
 */
public final class TicketEvents {

    public static final String TOPIC = "gov.hotline.events";

    private TicketEvents() {
    }

    /**
     * One shape for every ticket transition, enough for consumers (the bad review of an unsatisfied call-back,
     * statistics, notifications) to act without calling back. {@code callBackResult} is the last call-back's result
     * (set on called-back and reopened), {@code returnCount} the returns so far, {@code note} what the step recorded.
     */
    public record TicketChanged(String ticketId, String ticketNumber, String action, String fromStatus, String status,
            String type, String categoryCode, String region, String urgency, String channel, boolean confidential,
            String callerId, DepartmentRef leadDepartment, List<DepartmentRef> assistingDepartments, Instant dispatchedAt,
            Instant dueAt, LocalDate dueDate, Boolean dueProvisional, boolean supervised, int returnCount, int redoCount,
            String callBackResult, int reminderCount, DirectAnswerCited directAnswer, String actorId, String actorRole, String note,
            Instant occurredAt, LocalDate callBackDueDate, int replySendBacks, int extendedWorkingDays,
            boolean sensitive, String caseNumber, Boolean caseVerified) {

        public static TicketChanged of(Ticket t, HistoryEntry entry) {
            Assignment a = t.assignment();
            Deadline d = t.deadline();
            List<CallBack> callBacks = t.callBacks();
            return new TicketChanged(t.id().toString(), t.number(), entry.action().label(),
                    entry.from() == null ? null : entry.from().name(), entry.to().name(), t.type().name(),
                    t.categoryCode(), t.location().region(), t.urgency().name(), t.channel().name(), t.confidential(),
                    t.callerId(), a == null ? null : a.lead(), a == null ? List.of() : a.assisting(),
                    a == null ? null : a.dispatchedAt(), d == null ? null : d.dueAt(), d == null ? null : d.dueDate(),
                    d == null ? null : d.provisional(), t.supervised(), t.returns().size(), t.redoCount(),
                    callBacks.isEmpty() ? null : callBacks.getLast().result().name(), t.reminderCount(),
                    t.directAnswer() == null ? null
                            : new DirectAnswerCited(t.directAnswer().articleId(), t.directAnswer().articleVersion()),
                    entry.actorId(), entry.actorRole(),
                    entry.note(), entry.at(), t.callBackDueDate(), t.replySendBacks(), t.grantedExtensionDays(),
                    t.sensitive(), t.caseReference() == null ? null : t.caseReference().caseNumber(),
                    t.caseReference() == null ? null : t.caseReference().verified());
        }
    }

    /** The rating event type of a call-back on a ticket not about a case (additive beside callback-rated.v1). */
    public static final String DEPARTMENT_RATED = "gov.hotline.department-rated.v1";
    /** The rating event type of a call-back in which a case's own applicant rated the case (channel 热线). */
    public static final String CALLBACK_RATED = "gov.hotline.callback-rated.v1";

    /**
     * The rating a call-back entry becomes, if the caller answered (好差评, channel 热线), for evaluation-service to record
     * and, when 不满意, open a rectification (差评整改). When the ticket is about a verified case and the caller is that
     * case's applicant (they filed online and case-service confirmed the case is theirs), it is the case's rating:
     * gov.hotline.callback-rated.v1, keyed by the case. Otherwise the lead department's handling is rated:
     * gov.hotline.department-rated.v1, keyed by the ticket (an agent-recorded caller about a case cannot be shown to
     * be its applicant, and evaluation accepts a case's rating only from its applicant). One per answered call-back.
     */
    public static Optional<RatingEvent> ratingOf(Ticket t, HistoryEntry entry) {
        if (entry.action() != TicketAction.CALL_BACK || t.callBacks().isEmpty() || t.assignment() == null) {
            return Optional.empty();
        }
        CallBack c = t.callBacks().getLast();
        if (!c.result().rated() || c.id() == null) {
            return Optional.empty();
        }
        CaseReference about = t.caseReference();
        if (about != null && about.verified() && about.callerIsApplicant() && t.callerId() != null) {
            return Optional.of(new RatingEvent(CALLBACK_RATED, about.caseId(), new CallbackRated(c.id(), about.caseId(),
                    about.caseNumber(), "COMPLETION", t.callerId(), c.result().level(), List.of(), c.note(),
                    about.department(), about.region(), about.itemCode(), about.itemName(), c.agentId(), c.at(),
                    t.id().toString(), t.number())));
        }
        DepartmentRef lead = t.assignment().lead();
        return Optional.of(new RatingEvent(DEPARTMENT_RATED, t.id().toString(), new DepartmentRated(c.id(),
                t.id().toString(), t.number(), lead.name(), lead.region(), t.location().region(), t.type().name(),
                t.categoryCode(), c.result().name(), c.result().level(), c.handlingReason(), c.note(),
                t.confidential() ? null : t.callerId(), c.agentId(), t.redoCount(), c.at(),
                about == null ? null : about.caseNumber())));
    }

    /** A rating event: its type, its Kafka key and its data. */
    public record RatingEvent(String type, String key, Object data) {
    }

    /** gov.hotline.department-rated.v1: a call-back's rating of the department, for a ticket not about a case. */
    public record DepartmentRated(String callbackId, String ticketId, String ticketNumber, String department,
            String departmentRegion, String region, String ticketType, String categoryCode, String result, int level,
            Boolean handlingReason, String comment, String callerId, String agentId, int redoCount, Instant calledAt,
            String caseNumber) {
    }

    /** gov.hotline.callback-rated.v1: the case's applicant rated the case in a call-back (plus the ticket, additive). */
    public record CallbackRated(String callbackId, String caseId, String caseNumber, String stage, String applicantId,
            int level, List<String> tags, String comment, String department, String region, String itemCode,
            String itemName, String agentId, Instant calledAt, String ticketId, String ticketNumber) {
    }

    /** The knowledge article and version a direct answer read out (null unless the ticket was answered so). */
    public record DirectAnswerCited(String articleId, int articleVersion) {
    }
}
