package org.example.gov.evaluation.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.calendar.WorkingDate;
import org.example.gov.calendar.WorkingDayCalendar;
import org.example.gov.platform.personal.FreeText;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.platform.scope.Scope;
import org.example.gov.platform.security.Actor;

/**
 * A bad review (差评, level 1-2) to be rectified by the responsible department (谁办理谁负责), DOMAIN.md §5.
 * <p>
 * OPEN → callBack (回访核实, mandatory: every platform rating is real-name) → IN_RECTIFICATION → rectify or explain
 * → FEEDBACK_PENDING → the rater re-rates: 满意/基本满意 close it, 不满意 reopens it once (back to IN_RECTIFICATION),
 * a second 不满意 closes it as UNRESOLVED. The department may appeal once (APPEALED); a supervisor upholds it (CLOSED
 * as APPEAL_UPHELD, the rating excluded from the bad-review rate) or rejects it (back to the state before).
 * Every step is kept in the history.
 * <p>
 * Due N working days after the opening date (Beijing civil date), counted on the working-day calendar of the ticket's
 * region. N is kept on the ticket, so a recount uses the N it was opened with. A count that runs into a year whose
 * official schedule is not loaded never stops the ticket from opening: it takes the weekends-only estimate, flagged
 * provisional, and is recounted once the year is loaded ({@link #recomputeDueDate}).
 */
public final class RectificationTicket {

    public enum Status { OPEN, IN_RECTIFICATION, FEEDBACK_PENDING, APPEALED, CLOSED }

    public enum Resolution { SATISFIED, BASICALLY_SATISFIED, UNRESOLVED, APPEAL_UPHELD }

    public enum Satisfaction { SATISFIED, BASICALLY_SATISFIED, UNSATISFIED }

    /** Outcome of the call-back to the rater (回访核实). */
    public enum CallBackResult { CONFIRMED, NOT_CONFIRMED, UNREACHABLE }

    /** How the department answered before feedback. */
    public enum Answer { RECTIFIED, EXPLAINED }

    public static final String CALL_BACK = "call-back";
    public static final String RECTIFY = "rectify";
    public static final String EXPLAIN = "explain";
    public static final String APPEAL = "appeal";
    public static final String DECIDE_APPEAL = "appeal-decision";
    public static final String RATE_SATISFACTION = "satisfaction";

    public static final int MAX_REOPENS = 1;
    public static final int MAX_APPEALS = 1;

    /**
     * One step of the ticket's life: who (and in which role) did what, when, with which note. A phone or ID number in
     * the note (a call-back's "已联系 138…") is kept masked: notes are read by the department and stored in clear.
     */
    public record Step(String action, String actorId, String role, Instant at, String note) {

        public Step {
            note = FreeText.masked(note);
        }
    }

    /** Where the bad review came from, for statistics per region, hall, staff member and channel. */
    public record Origin(String region, String hallCode, String staffId, String channel) {

        public static final Origin UNKNOWN = new Origin("000000", null, null, "WEB");
    }

    /** A due date set or corrected by a recount: {@code previous} is null for a legacy ticket that had none. */
    public record DueDateChange(LocalDate previous, LocalDate dueDate, boolean provisional) {
    }

    private final String id;
    private final String ratingId;
    private final String caseId;
    private final String caseNumber;
    private final int level;
    private final String raterId;
    private final String department;
    private final String itemCode;
    private final Instant openedAt;
    private final Origin origin;
    private final int workingDays;
    private LocalDate dueDate;
    private boolean dueDateProvisional;
    private Status status;
    private Status statusBeforeAppeal;
    private Resolution resolution;
    private CallBackResult callBackResult;
    private Answer answer;
    private int reopenCount;
    private int appealCount;
    private boolean overdue;
    private Instant closedAt;
    private final List<Step> history;

    private RectificationTicket(String id, String ratingId, String caseId, String caseNumber, int level, String raterId,
            String department, String itemCode, Instant openedAt, Origin origin, int workingDays, LocalDate dueDate,
            boolean dueDateProvisional, Status status, Status statusBeforeAppeal, Resolution resolution,
            CallBackResult callBackResult, Answer answer, int reopenCount, int appealCount, boolean overdue, Instant closedAt, List<Step> history) {
        this.id = id;
        this.ratingId = ratingId;
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.level = level;
        this.raterId = raterId;
        this.department = department;
        this.itemCode = itemCode;
        this.openedAt = openedAt;
        this.origin = origin == null ? Origin.UNKNOWN : origin;
        this.workingDays = workingDays;
        this.dueDate = dueDate;
        this.dueDateProvisional = dueDateProvisional;
        this.status = status;
        this.statusBeforeAppeal = statusBeforeAppeal;
        this.resolution = resolution;
        this.callBackResult = callBackResult;
        this.answer = answer;
        this.reopenCount = reopenCount;
        this.appealCount = appealCount;
        this.overdue = overdue;
        this.closedAt = closedAt;
        this.history = new ArrayList<>(history);
    }

    /**
     * Opens the ticket for a bad rating, due {@code workingDays} working days after the opening date on
     * {@code calendar} (the calendar of the ticket's region). Opens even when the count runs into a year that is not
     * loaded: the due date is then the estimate, flagged provisional.
     */
    public static RectificationTicket open(String ratingId, String caseId, String caseNumber, int level, String raterId,
            String department, String itemCode, Origin origin, Instant now, int workingDays, WorkingDayCalendar calendar) {
        if (level < 1 || level > 2) {
            throw new BusinessRuleViolationException("NOT_A_BAD_REVIEW", "level",
                    "Only a bad review (level 1-2) opens a rectification ticket", level);
        }
        Objects.requireNonNull(department, "department");
        if (workingDays < 1) {
            throw new IllegalArgumentException("a rectification period of " + workingDays + " working days");
        }
        WorkingDate due = dueDate(now, workingDays, calendar);
        RectificationTicket ticket = new RectificationTicket(UUID.randomUUID().toString(), ratingId, caseId, caseNumber,
                level, raterId, department, itemCode, now, origin, workingDays, due.date(), due.provisional(), Status.OPEN,
                null, null, null, null, 0, 0, false, null, List.of());
        ticket.history.add(new Step("open", "system", "SYSTEM", now, "差评 level " + level + ", due " + ticket.dueDateText()));
        return ticket;
    }

    public static RectificationTicket restore(String id, String ratingId, String caseId, String caseNumber, int level,
            String raterId, String department, String itemCode, Instant openedAt, Origin origin, int workingDays,
            LocalDate dueDate, boolean dueDateProvisional, Status status, Status statusBeforeAppeal,
            Resolution resolution, CallBackResult callBackResult, Answer answer, int reopenCount, int appealCount,
            boolean overdue, Instant closedAt, List<Step> history) {
        return new RectificationTicket(id, ratingId, caseId, caseNumber, level, raterId, department, itemCode, openedAt,
                origin, workingDays, dueDate, dueDateProvisional, status, statusBeforeAppeal, resolution, callBackResult,
                answer, reopenCount, appealCount, overdue, closedAt, history);
    }

    /** The rule: N working days after the opening date, the civil date in Beijing. */
    private static WorkingDate dueDate(Instant openedAt, int workingDays, WorkingDayCalendar calendar) {
        return calendar.plusWorkingDays(ShanghaiDate.of(openedAt), workingDays);
    }

    /** 回访核实: the department calls the rater back; mandatory before rectifying or explaining. */
    public void callBack(CallBackResult result, String note, Actor by, Instant now) {
        require(CALL_BACK, Status.OPEN);
        Objects.requireNonNull(result, "result");
        callBackResult = result;
        status = Status.IN_RECTIFICATION;
        record(CALL_BACK, by, now, result + (blank(note) ? "" : ": " + note));
    }

    /** The department rectified the problem; the rater is asked for feedback. */
    public void rectify(String measures, Actor by, Instant now) {
        require(RECTIFY, Status.IN_RECTIFICATION);
        requireText("measures", measures);
        answer = Answer.RECTIFIED;
        status = Status.FEEDBACK_PENDING;
        record(RECTIFY, by, now, measures);
    }

    /** The complaint has no legal basis: the department explains in writing; the rater is asked for feedback. */
    public void explain(String reason, Actor by, Instant now) {
        require(EXPLAIN, Status.IN_RECTIFICATION);
        requireText("reason", reason);
        answer = Answer.EXPLAINED;
        status = Status.FEEDBACK_PENDING;
        record(EXPLAIN, by, now, reason);
    }

    /** The rater re-rates: 满意/基本满意 close the ticket; 不满意 reopens it once, then closes it as UNRESOLVED. */
    public void rateSatisfaction(Satisfaction result, Actor rater, Instant now) {
        require(RATE_SATISFACTION, Status.FEEDBACK_PENDING);
        Objects.requireNonNull(result, "result");
        switch (result) {
            case SATISFIED -> close(Resolution.SATISFIED, now);
            case BASICALLY_SATISFIED -> close(Resolution.BASICALLY_SATISFIED, now);
            case UNSATISFIED -> {
                if (reopenCount < MAX_REOPENS) {
                    reopenCount++;
                    answer = null;
                    status = Status.IN_RECTIFICATION;
                } else {
                    close(Resolution.UNRESOLVED, now);
                }
            }
        }
        record(RATE_SATISFACTION, rater, now, result.name());
    }

    /** 申诉: the department appeals a mistaken or malicious review with evidence (once). */
    public void appeal(String reason, List<String> evidence, Actor by, Instant now) {
        require(APPEAL, Status.OPEN, Status.IN_RECTIFICATION, Status.FEEDBACK_PENDING);
        requireText("reason", reason);
        if (evidence == null || evidence.isEmpty() || evidence.stream().anyMatch(RectificationTicket::blank)) {
            throw new BusinessRuleViolationException("APPEAL_EVIDENCE_REQUIRED", "evidence",
                    "An appeal needs evidence");
        }
        appealCount++;
        statusBeforeAppeal = status;
        status = Status.APPEALED;
        record(APPEAL, by, now, reason + " | evidence: " + String.join(", ", evidence));
    }

    /** 复核: a supervisor upholds the appeal (the rating leaves the bad-review rate) or rejects it. */
    public void decideAppeal(boolean uphold, String note, Actor supervisor, Instant now) {
        require(DECIDE_APPEAL, Status.APPEALED);
        if (uphold) {
            statusBeforeAppeal = null;
            close(Resolution.APPEAL_UPHELD, now);
        } else {
            status = statusBeforeAppeal;
            statusBeforeAppeal = null;
        }
        record(DECIDE_APPEAL, supervisor, now, (uphold ? "UPHELD" : "REJECTED") + (blank(note) ? "" : ": " + note));
    }

    /**
     * Marks the ticket overdue if the department has not answered by the end of its due date. Happens at most
     * once per ticket (the flag is persisted), so repeated scans never raise it again.
     * <p>
     * Never on a provisional due date. The weekends-only estimate is not always later than the exact date: a
     * holiday in the counted days makes the exact date later, so flagging on the estimate would escalate a
     * department that is still in time (a real risk, e.g. a ticket opened late in December due in the Spring
     * Festival weeks of a year not loaded yet); a make-up working weekend makes it earlier, so waiting only delays
     * the flag. The year is recounted as soon as it is loaded (the calendar replica's change listener), normally
     * weeks before such a date passes; from then on the scan judges the exact date.
     *
     * @param today the current date in the platform's time zone
     * @return true if the ticket became overdue now
     */
    public boolean markOverdueIfLate(LocalDate today, Instant now) {
        if (dueDate == null || dueDateProvisional || overdue || !(status == Status.OPEN || status == Status.IN_RECTIFICATION)
                || !today.isAfter(dueDate)) {
            return false;
        }
        overdue = true;
        history.add(new Step("overdue", "system", "SYSTEM", now, "due " + dueDate));
        return true;
    }

    /**
     * Recounts a due date that is not known exactly (provisional, or missing on a legacy ticket opened during a
     * catalogue outage) with the ticket's own N from its opening date, on {@code calendar} (its region's, as now
     * loaded). An exact due date is the deadline the department was given and is never moved. Idempotent: a recount
     * that changes nothing (the year still not loaded) records nothing.
     *
     * @return the change, if the date moved, became exact or was missing
     */
    public Optional<DueDateChange> recomputeDueDate(WorkingDayCalendar calendar, Instant now) {
        if (dueDate != null && !dueDateProvisional) {
            return Optional.empty();
        }
        WorkingDate counted = dueDate(openedAt, workingDays, calendar);
        if (counted.provisional() && counted.date().equals(dueDate)) {
            return Optional.empty();
        }
        DueDateChange change = new DueDateChange(dueDate, counted.date(), counted.provisional());
        String before = dueDate == null ? null : dueDateText();
        dueDate = counted.date();
        dueDateProvisional = counted.provisional();
        history.add(before == null
                ? new Step("due-date", "system", "SYSTEM", now, "due " + dueDateText())
                : new Step("due-date-recomputed", "system", "SYSTEM", now, "due " + before + " → " + dueDateText()));
        return Optional.of(change);
    }

    private String dueDateText() {
        return dueDate + (dueDateProvisional ? " (provisional: the year's holiday schedule is not loaded yet)" : "");
    }

    /** The rating stays in history but no longer counts in the bad-review rate. */
    public boolean excludesRatingFromBadRate() {
        return resolution == Resolution.APPEAL_UPHELD;
    }

    /** Whether the ticket lies within a scope: a ticket belongs to its department of its region (DOMAIN.md §1). */
    public boolean within(Scope scope) {
        return scope.covers(origin.region(), department);
    }

    public boolean isRater(String actorId) {
        return raterId.equals(actorId);
    }

    /** The actions allowed in the current state, as listed by a 409. */
    public List<String> allowedActions() {
        return switch (status) {
            case OPEN -> appealCount < MAX_APPEALS ? List.of(CALL_BACK, APPEAL) : List.of(CALL_BACK);
            case IN_RECTIFICATION -> appealCount < MAX_APPEALS ? List.of(RECTIFY, EXPLAIN, APPEAL) : List.of(RECTIFY, EXPLAIN);
            case FEEDBACK_PENDING -> appealCount < MAX_APPEALS ? List.of(RATE_SATISFACTION, APPEAL) : List.of(RATE_SATISFACTION);
            case APPEALED -> List.of(DECIDE_APPEAL);
            case CLOSED -> List.of();
        };
    }

    private void require(String action, Status... states) {
        if (!allowedActions().contains(action) || !List.of(states).contains(status)) {
            throw new IllegalTransitionException(status.name(), action, allowedActions());
        }
    }

    private void close(Resolution how, Instant now) {
        resolution = how;
        status = Status.CLOSED;
        closedAt = now;
    }

    private void record(String action, Actor by, Instant now, String note) {
        history.add(new Step(action, by.id(), roleOf(by), now, note));
    }

    static String roleOf(Actor actor) {
        for (String role : List.of("SUPERVISOR", "APPROVER", "CLERK", "APPLICANT")) {
            if (actor.roles().contains(role)) {
                return role;
            }
        }
        return actor.roles().stream().sorted().findFirst().orElse("UNKNOWN");
    }

    private static void requireText(String field, String value) {
        if (blank(value)) {
            throw new BusinessRuleViolationException("TEXT_REQUIRED", field, field + " must not be blank", field);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String id() { return id; }
    public String ratingId() { return ratingId; }
    public String caseId() { return caseId; }
    public String caseNumber() { return caseNumber; }
    public int level() { return level; }
    public String raterId() { return raterId; }
    public String department() { return department; }
    public String itemCode() { return itemCode; }
    public Instant openedAt() { return openedAt; }
    public Origin origin() { return origin; }
    public String region() { return origin.region(); }
    public int workingDays() { return workingDays; }
    public LocalDate dueDate() { return dueDate; }
    /** Whether the due date is still to be recounted: an estimate, or missing (a legacy ticket). */
    public boolean dueDateProvisional() { return dueDate == null || dueDateProvisional; }
    public Status status() { return status; }
    public Status statusBeforeAppeal() { return statusBeforeAppeal; }
    public Resolution resolution() { return resolution; }
    public CallBackResult callBackResult() { return callBackResult; }
    public Answer answer() { return answer; }
    public int reopenCount() { return reopenCount; }
    public int appealCount() { return appealCount; }
    public boolean overdue() { return overdue; }
    public Instant closedAt() { return closedAt; }
    public List<Step> history() { return List.copyOf(history); }
}
