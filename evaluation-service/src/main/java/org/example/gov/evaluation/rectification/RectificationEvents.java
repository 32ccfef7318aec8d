package org.example.gov.evaluation.rectification;

import java.time.Instant;
import java.time.LocalDate;

/** Events on gov.evaluation.events, subject = ticket id; never the rater's identity (DOMAIN.md §5, privacy). */
public final class RectificationEvents {

    public static final String TOPIC = "gov.evaluation.events";
    /**
     * Deprecated: carries the case id and number, which lead to the rater. Published beside {@link #OPENED_V2} until
     * its consumers have moved (ENGINEERING.md §4), then dropped.
     */
    public static final String OPENED = "gov.evaluation.bad-review-opened.v1";
    /** The ticket opened, without anything that leads to the case or the rater. */
    public static final String OPENED_V2 = "gov.evaluation.bad-review-opened.v2";
    public static final String RECTIFIED = "gov.evaluation.bad-review-rectified.v1";
    public static final String EXPLAINED = "gov.evaluation.bad-review-explained.v1";
    public static final String OVERDUE = "gov.evaluation.bad-review-overdue.v1";
    public static final String APPEALED = "gov.evaluation.bad-review-appealed.v1";
    public static final String CLOSED = "gov.evaluation.bad-review-closed.v1";
    public static final String DUE_DATE_RECOMPUTED = "gov.evaluation.bad-review-due-date-recomputed.v1";

    private RectificationEvents() {
    }

    public record Opened(String ticketId, String ratingId, String caseId, String caseNumber, int level,
            String department, String itemCode, Instant openedAt, LocalDate dueDate, boolean dueDateProvisional) {

        static Opened of(RectificationTicket t) {
            return new Opened(t.id(), t.ratingId(), t.caseId(), t.caseNumber(), t.level(), t.department(), t.itemCode(),
                    t.openedAt(), t.dueDate(), t.dueDateProvisional());
        }
    }

    /**
     * v2 of the opening: the department, item and region the bad review is about and the due date, but no case id or
     * number (with the case, whoever reads the topic knows who rated; DOMAIN.md §5). Supervision that needs the case
     * reads the ticket through the API, where its scope is checked.
     */
    public record OpenedV2(String ticketId, String ratingId, int level, String department, String itemCode,
            String region, Instant openedAt, LocalDate dueDate, boolean dueDateProvisional) {

        static OpenedV2 of(RectificationTicket t) {
            return new OpenedV2(t.id(), t.ratingId(), t.level(), t.department(), t.itemCode(), t.origin().region(),
                    t.openedAt(), t.dueDate(), t.dueDateProvisional());
        }
    }

    /** For rectified, explained and appealed: the department's answer, and whether it was in time. */
    public record Answered(String ticketId, String ratingId, String department, LocalDate dueDate,
            boolean dueDateProvisional, boolean overdue, Instant at) {

        static Answered of(RectificationTicket t, Instant at) {
            return new Answered(t.id(), t.ratingId(), t.department(), t.dueDate(), t.dueDateProvisional(), t.overdue(),
                    at);
        }
    }

    /** Always on an exact due date (a provisional one is never judged overdue); the flag says so explicitly. */
    public record Overdue(String ticketId, String ratingId, String department, LocalDate dueDate,
            boolean dueDateProvisional, String status, Instant detectedAt) {

        static Overdue of(RectificationTicket t, Instant at) {
            return new Overdue(t.id(), t.ratingId(), t.department(), t.dueDate(), t.dueDateProvisional(),
                    t.status().name(), at);
        }
    }

    /** A provisional due date recounted after its year was loaded (or a region's closed days changed). */
    public record DueDateRecomputed(String ticketId, String ratingId, String department, LocalDate previousDueDate,
            LocalDate dueDate, boolean dueDateProvisional, Instant recomputedAt) {

        static DueDateRecomputed of(RectificationTicket t, RectificationTicket.DueDateChange change, Instant at) {
            return new DueDateRecomputed(t.id(), t.ratingId(), t.department(), change.previous(), change.dueDate(),
                    change.provisional(), at);
        }
    }

    public record Closed(String ticketId, String ratingId, String department, String resolution,
            boolean excludedFromBadRate, boolean overdue, int reopenCount, Instant closedAt) {

        static Closed of(RectificationTicket t) {
            return new Closed(t.id(), t.ratingId(), t.department(), t.resolution().name(), t.excludesRatingFromBadRate(),
                    t.overdue(), t.reopenCount(), t.closedAt());
        }
    }
}
