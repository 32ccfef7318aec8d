package org.example.gov.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.example.gov.calendar.RegionalCalendars;
import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.calendar.WorkingDate;
import org.example.gov.calendar.WorkingDayCalendar;
import org.example.gov.calendar.WorkingDayCount;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.platform.security.Actor;

/**
 * A case (办件): one application for one implementation item, pinned to the item version it was filed under, from
 * submission to closure (DOMAIN.md §4). Every transition checks the stage, applies the rule, and records a history
 * entry; the application service stores the case, its history and one event per entry in one transaction.
 *
 * <p>Dates are counted on the calendar of the case's region ({@link PinnedItem#region()}: a hall's closed day moves
 * its own cases only). A count that runs into a year whose schedule is not loaded takes the weekends-only estimate and
 * is flagged provisional, never refused; {@link #recomputeDates} counts it again once the year is loaded.
 */
public final class Case {

    /** 网上预审 is due within this many working days of submission. */
    public static final int PRE_REVIEW_WORKING_DAYS = 2;
    /** A supplement notice before 受理 must be given at once or within this many working days of receipt. */
    public static final int SUPPLEMENT_NOTICE_WORKING_DAYS = 5;

    private final CaseId id;
    private final String caseNumber;
    private final String queryCode;
    private final PinnedItem item;
    private final Applicant applicant;
    private final Origin origin;
    private CaseStatus status;
    /** The stage to go back to when the supplement arrives or the special procedure ends. */
    private CaseStatus resumeStatus;
    private final Instant submittedAt;
    private LocalDate preReviewDue;
    private boolean preReviewDueProvisional;
    private LocalDate receivedOn;
    private Instant acceptedAt;
    private Deadline deadline;
    private final List<SupplementNotice> supplements;
    private final List<SpecialProcedure> specialProcedures;
    private Decision decision;
    private Delivery delivery;
    private Instant closedAt;
    private final long rowVersion;
    private final List<HistoryEntry> newHistory = new ArrayList<>();

    private Case(Snapshot s) {
        this.id = s.id();
        this.caseNumber = s.caseNumber();
        this.queryCode = s.queryCode();
        this.item = s.item();
        this.applicant = s.applicant();
        this.origin = s.origin();
        this.status = s.status();
        this.resumeStatus = s.resumeStatus();
        this.submittedAt = s.submittedAt();
        this.preReviewDue = s.preReviewDue();
        this.preReviewDueProvisional = s.preReviewDueProvisional();
        this.receivedOn = s.receivedOn();
        this.acceptedAt = s.acceptedAt();
        this.deadline = s.deadline();
        this.supplements = new ArrayList<>(s.supplements());
        this.specialProcedures = new ArrayList<>(s.specialProcedures());
        this.decision = s.decision();
        this.delivery = s.delivery();
        this.closedAt = s.closedAt();
        this.rowVersion = s.rowVersion();
    }

    /**
     * A new application. Online ones (web, app, terminal) wait for 网上预审; at a window the clerk checks form and
     * completeness on the spot and a partner city has checked them before forwarding, so those are received at once.
     */
    public static Case submit(String caseNumber, String queryCode, PinnedItem item, Applicant applicant, Origin origin,
            Act act, String onBehalfOf) {
        boolean preReview = origin.channel().online() && origin.partnerId() == null;
        WorkingDate preReviewDue = preReview
                ? act.calendars().of(item.region()).plusWorkingDays(act.today(), PRE_REVIEW_WORKING_DAYS) : null;
        Case c = new Case(new Snapshot(CaseId.newId(), caseNumber, queryCode, item, applicant, origin,
                preReview ? CaseStatus.PRE_REVIEW : CaseStatus.RECEIVED, null, act.at(),
                preReview ? preReviewDue.date() : null, preReview && preReviewDue.provisional(),
                preReview ? null : act.today(), null, null, List.of(), List.of(), null, null, null, 0));
        c.record(CaseAction.SUBMIT, act, onBehalfOf, null);
        if (!preReview) {
            c.record(CaseAction.RECEIVE, act, onBehalfOf, null);
        }
        return c;
    }

    public static Case restore(Snapshot snapshot) {
        return new Case(snapshot);
    }

    /** 预审通过 → 收件. */
    public void receive(Act act) {
        require(CaseAction.RECEIVE);
        status = CaseStatus.RECEIVED;
        receivedOn = act.today();
        record(CaseAction.RECEIVE, act, null, null);
    }

    /**
     * 补正告知. Before 受理 it must come within 5 working days of receipt (on the estimate when that runs into a year
     * not loaded); a later notice may only repeat materials the first one listed (一次性告知), never add new ones. An
     * accepted case stops its clock while it waits.
     */
    public void requestSupplement(List<String> materials, String note, Act act) {
        require(CaseAction.REQUEST_SUPPLEMENT);
        if (materials == null || materials.isEmpty()) {
            throw new BusinessRuleViolationException("SUPPLEMENT_MATERIALS_REQUIRED", "materials",
                    "A supplement notice lists every missing or wrong material");
        }
        if (!supplements.isEmpty()) {
            Set<String> first = new LinkedHashSet<>(supplements.getFirst().materials());
            List<String> added = materials.stream().filter(m -> !first.contains(m)).toList();
            if (!added.isEmpty()) {
                throw new BusinessRuleViolationException("SUPPLEMENT_NOT_TOLD_AT_ONCE", "materials",
                        "一次性告知: the first notice did not list " + added + "; they cannot be asked for now", added);
            }
        }
        if (status.beforeAcceptance()) {
            LocalDate received = status == CaseStatus.PRE_REVIEW ? ShanghaiDate.of(submittedAt) : receivedOn;
            LocalDate latest = calendar(act).plusWorkingDays(received, SUPPLEMENT_NOTICE_WORKING_DAYS).date();
            if (act.today().isAfter(latest)) {
                throw new BusinessRuleViolationException("SUPPLEMENT_NOTICE_TOO_LATE", "materials",
                        "A supplement notice is due by " + latest + " (5 working days after receipt)", latest);
            }
        } else {
            deadline = deadline.pause(act.today());
        }
        supplements.add(new SupplementNotice(materials, note, act.actor().id(), act.at(), null));
        resumeStatus = status;
        status = CaseStatus.SUPPLEMENT_PENDING;
        record(CaseAction.REQUEST_SUPPLEMENT, act, null, String.join("、", materials) + (note == null ? "" : "; " + note));
    }

    /** The applicant brings the materials: the case goes back where it was and its clock runs again. */
    public void provideSupplement(Act act, String onBehalfOf) {
        require(CaseAction.PROVIDE_SUPPLEMENT);
        supplements.set(supplements.size() - 1, supplements.getLast().provided(act.at()));
        status = resumeStatus;
        resumeStatus = null;
        switch (status) {
            // the application is complete only now: the pre-review and 受理 counts start again from today
            case PRE_REVIEW -> {
                WorkingDate due = calendar(act).plusWorkingDays(act.today(), PRE_REVIEW_WORKING_DAYS);
                preReviewDue = due.date();
                preReviewDueProvisional = due.provisional();
            }
            case RECEIVED -> receivedOn = act.today();
            default -> deadline = deadline.resume(act.today(), calendar(act));
        }
        record(CaseAction.PROVIDE_SUPPLEMENT, act, onBehalfOf, null);
    }

    /** 受理: the clock starts; the due date is fixed from the pinned item version. */
    public void accept(Act act) {
        require(CaseAction.ACCEPT);
        status = CaseStatus.ACCEPTED;
        acceptedAt = act.at();
        deadline = Deadline.start(act.today(), item, calendar(act));
        record(CaseAction.ACCEPT, act, null, deadline.instant() ? "即办件" : "due " + deadline.dueDate()
                + (deadline.dueDateProvisional() ? " (provisional)" : ""));
    }

    /** 不予受理, with written reasons. */
    public void notAccept(String reasons, Act act) {
        require(CaseAction.NOT_ACCEPT);
        requireText(reasons, "reasons", "NOT_ACCEPTED_REASONS_REQUIRED", "Not accepting a case needs written reasons");
        status = CaseStatus.NOT_ACCEPTED;
        closedAt = act.at();
        record(CaseAction.NOT_ACCEPT, act, null, reasons);
    }

    /** One department step of 审查 (there may be several, e.g. 初审 and 复审 or a co-handling department). */
    public void recordReviewStep(String department, String opinion, Act act) {
        require(CaseAction.REVIEW_STEP);
        requireText(opinion, "opinion", "REVIEW_OPINION_REQUIRED", "A review step records the department's opinion");
        status = CaseStatus.IN_REVIEW;
        record(CaseAction.REVIEW_STEP, act, null, (department == null ? "" : department + ": ") + opinion);
    }

    public void startSpecialProcedure(SpecialProcedure.Type type, String reason, Act act) {
        require(CaseAction.START_SPECIAL_PROCEDURE);
        requireText(reason, "reason", "SPECIAL_PROCEDURE_REASON_REQUIRED", "A special procedure needs a reason");
        if (type == null) {
            throw new BusinessRuleViolationException("SPECIAL_PROCEDURE_TYPE_REQUIRED", "type",
                    "Type: HEARING, TESTING, APPRAISAL or EXPERT_REVIEW");
        }
        specialProcedures.add(new SpecialProcedure(type, reason, act.today(), null, null, 0));
        deadline = deadline.pause(act.today());
        resumeStatus = status;
        status = CaseStatus.SPECIAL_PROCEDURE;
        record(CaseAction.START_SPECIAL_PROCEDURE, act, null, type + ": " + reason);
    }

    /** Ends the running special procedure with its result; the due date moves by the paused working days. */
    public void endSpecialProcedure(String result, Act act) {
        require(CaseAction.END_SPECIAL_PROCEDURE);
        requireText(result, "result", "SPECIAL_PROCEDURE_RESULT_REQUIRED", "Record the result of the special procedure");
        Deadline before = deadline;
        deadline = deadline.resume(act.today(), calendar(act));
        int paused = deadline.pausedWorkingDays() - before.pausedWorkingDays();
        specialProcedures.set(specialProcedures.size() - 1, specialProcedures.getLast().end(act.today(), result, paused));
        status = CaseStatus.IN_REVIEW;
        resumeStatus = null;
        record(CaseAction.END_SPECIAL_PROCEDURE, act, null,
                result + "; paused " + paused + " working day(s), due " + deadline.dueDate());
    }

    /** 延期 by an approver with a reason; the applicant is told through the event. */
    public void extend(int workingDays, String reason, Act act) {
        require(CaseAction.EXTEND);
        requireText(reason, "reason", "EXTENSION_REASON_REQUIRED", "An extension needs a reason");
        if (workingDays < 1) {
            throw new BusinessRuleViolationException("EXTENSION_DAYS_INVALID", "workingDays",
                    "An extension adds at least 1 working day");
        }
        deadline = deadline.extend(workingDays, act.today(), item, calendar(act));
        record(CaseAction.EXTEND, act, null, "+" + workingDays + " working days to " + deadline.dueDate() + ": " + reason);
    }

    /** 准予 / 不予许可; a refusal needs its reasons. */
    public void decide(Decision.Outcome outcome, String reasons, Act act) {
        require(CaseAction.DECIDE);
        if (outcome == null) {
            throw new BusinessRuleViolationException("DECISION_OUTCOME_REQUIRED", "outcome", "Outcome: APPROVED or REFUSED");
        }
        if (outcome == Decision.Outcome.REFUSED) {
            requireText(reasons, "reasons", "REFUSAL_REASONS_REQUIRED", "A refusal states its reasons");
        }
        decision = new Decision(outcome, reasons, act.actor().id(), act.at());
        status = CaseStatus.DECIDED;
        record(CaseAction.DECIDE, act, null, outcome + (reasons == null ? "" : ": " + reasons));
    }

    /** 送达: courier needs a tracking number, an e-licence its number. */
    public void deliver(Delivery.Method method, String reference, Act act) {
        require(CaseAction.DELIVER);
        if (method == null) {
            throw new BusinessRuleViolationException("DELIVERY_METHOD_REQUIRED", "method",
                    "Method: WINDOW_PICKUP, COURIER or E_LICENCE");
        }
        if (method.needsReference()) {
            requireText(reference, "reference", "DELIVERY_REFERENCE_REQUIRED",
                    method == Delivery.Method.COURIER ? "A courier delivery needs its tracking number"
                            : "An e-licence delivery needs the licence number");
        }
        delivery = new Delivery(method, reference, act.at());
        status = CaseStatus.DELIVERED;
        record(CaseAction.DELIVER, act, null, method + (reference == null ? "" : " " + reference));
    }

    /** 办结. */
    public void close(Act act) {
        require(CaseAction.CLOSE);
        status = CaseStatus.CLOSED;
        closedAt = act.at();
        record(CaseAction.CLOSE, act, null, null);
    }

    /** The applicant withdraws a case that has not been decided yet. */
    public void withdraw(String reason, Act act) {
        require(CaseAction.WITHDRAW);
        status = CaseStatus.WITHDRAWN;
        closedAt = act.at();
        record(CaseAction.WITHDRAW, act, null, reason);
    }

    public Set<CaseAction> allowedActions() {
        return switch (status) {
            case PRE_REVIEW -> EnumSet.of(CaseAction.RECEIVE, CaseAction.REQUEST_SUPPLEMENT, CaseAction.NOT_ACCEPT,
                    CaseAction.WITHDRAW);
            case RECEIVED -> EnumSet.of(CaseAction.ACCEPT, CaseAction.REQUEST_SUPPLEMENT, CaseAction.NOT_ACCEPT,
                    CaseAction.WITHDRAW);
            case SUPPLEMENT_PENDING -> resumeStatus != null && resumeStatus.beforeAcceptance()
                    ? EnumSet.of(CaseAction.PROVIDE_SUPPLEMENT, CaseAction.NOT_ACCEPT, CaseAction.WITHDRAW)
                    : EnumSet.of(CaseAction.PROVIDE_SUPPLEMENT, CaseAction.WITHDRAW);
            case ACCEPTED, IN_REVIEW -> EnumSet.of(CaseAction.REVIEW_STEP, CaseAction.REQUEST_SUPPLEMENT,
                    CaseAction.START_SPECIAL_PROCEDURE, CaseAction.EXTEND, CaseAction.DECIDE, CaseAction.WITHDRAW);
            case SPECIAL_PROCEDURE -> EnumSet.of(CaseAction.END_SPECIAL_PROCEDURE, CaseAction.WITHDRAW);
            case DECIDED -> EnumSet.of(CaseAction.DELIVER);
            case DELIVERED -> EnumSet.of(CaseAction.CLOSE);
            case CLOSED, NOT_ACCEPTED, WITHDRAWN -> EnumSet.noneOf(CaseAction.class);
        };
    }

    public boolean isApplicant(Actor actor) {
        return applicant.id().equals(actor.id());
    }

    /**
     * Working days left on the promised clock on the case's region calendar (null before 受理, for 即办件 and once
     * decided); provisional when the count runs through a year not loaded.
     */
    public WorkingDayCount remainingWorkingDays(LocalDate today, RegionalCalendars calendars) {
        if (deadline == null || deadline.instant() || !status.isOpen() || decision != null) {
            return null;
        }
        return deadline.remainingWorkingDays(today, calendars.of(item.region()));
    }

    /** Whether a date of the case still waits for an exact count: what {@link #recomputeDates} would recount. */
    public boolean hasProvisionalDates() {
        return deadline != null && deadline.dueDateProvisional()
                || status == CaseStatus.PRE_REVIEW && preReviewDueProvisional;
    }

    /**
     * Counts the provisional dates again on {@code act}'s calendars (the system, after a calendar year was loaded):
     * the deadline from its start (promised + re-counted pauses + extension), and the pre-review due date while the
     * case is still in 网上预审. Each date that moves or becomes exact gets a history entry (and so its event).
     *
     * @return whether anything changed (the case must be stored)
     */
    public boolean recomputeDates(Act act) {
        WorkingDayCalendar calendar = calendar(act);
        boolean changed = false;
        if (status == CaseStatus.PRE_REVIEW && preReviewDueProvisional) {
            WorkingDate due = calendar.plusWorkingDays(preReviewStartedOn(), PRE_REVIEW_WORKING_DAYS);
            if (!due.date().equals(preReviewDue) || !due.provisional()) {
                RecomputedDate r = new RecomputedDate(RecomputedDate.Which.PRE_REVIEW, preReviewDue, true, due.date(),
                        due.provisional());
                preReviewDue = due.date();
                preReviewDueProvisional = due.provisional();
                recordRecomputed(r, act);
                changed = true;
            }
        }
        if (deadline != null && deadline.dueDateProvisional()) {
            Deadline before = deadline;
            Deadline after = before.recount(endedPauses(), calendar);
            if (!after.equals(before)) {
                deadline = after;
                recountSpecialProcedures(calendar);
                changed = true;
                if (!after.dueDate().equals(before.dueDate()) || !after.dueDateProvisional()) {
                    recordRecomputed(new RecomputedDate(RecomputedDate.Which.DEADLINE, before.dueDate(), true,
                            after.dueDate(), after.dueDateProvisional()), act);
                }
            }
        }
        return changed;
    }

    /** The pre-review count starts at submission, or again when the applicant completed the materials (补正). */
    private LocalDate preReviewStartedOn() {
        return supplements.stream().map(SupplementNotice::providedAt).filter(at -> at != null)
                .reduce((first, second) -> second).map(ShanghaiDate::of).orElse(ShanghaiDate.of(submittedAt));
    }

    /**
     * The ended stops of the clock: special procedures, and supplements asked for after 受理 (those before it were
     * answered before the case could be accepted, so they were requested before {@code acceptedAt}).
     */
    private List<Deadline.Pause> endedPauses() {
        List<Deadline.Pause> pauses = new ArrayList<>();
        specialProcedures.stream().filter(p -> !p.running())
                .forEach(p -> pauses.add(new Deadline.Pause(p.startedOn(), p.endedOn())));
        supplements.stream()
                .filter(s -> s.providedAt() != null && acceptedAt != null && !s.requestedAt().isBefore(acceptedAt))
                .forEach(s -> pauses.add(
                        new Deadline.Pause(ShanghaiDate.of(s.requestedAt()), ShanghaiDate.of(s.providedAt()))));
        return pauses;
    }

    private void recountSpecialProcedures(WorkingDayCalendar calendar) {
        specialProcedures.replaceAll(p -> p.running() ? p
                : p.recounted(Math.max(0, calendar.workingDaysBetween(p.startedOn(), p.endedOn()).days())));
    }

    private void recordRecomputed(RecomputedDate recomputed, Act act) {
        newHistory.add(new HistoryEntry(CaseAction.RECOMPUTE_DATES, act.actor().id(), act.actor().name(), act.role(),
                act.location(), null, act.at(), recomputed.note(), recomputed));
    }

    /** Dates of this case count on its region's calendar. */
    private WorkingDayCalendar calendar(Act act) {
        return act.calendars().of(item.region());
    }

    private void require(CaseAction action) {
        if (!allowedActions().contains(action)) {
            throw new IllegalTransitionException(status.name(), action.label(),
                    allowedActions().stream().map(CaseAction::label).toList());
        }
    }

    private static void requireText(String value, String field, String code, String message) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleViolationException(code, field, message);
        }
    }

    private void record(CaseAction action, Act act, String onBehalfOf, String note) {
        newHistory.add(new HistoryEntry(action, act.actor().id(), act.actor().name(), act.role(), act.location(),
                onBehalfOf, act.at(), note, null));
    }

    /** History entries added since the case was loaded: the repository appends them, one event is published per entry. */
    public List<HistoryEntry> newHistory() {
        return Collections.unmodifiableList(newHistory);
    }

    public Snapshot snapshot() {
        return new Snapshot(id, caseNumber, queryCode, item, applicant, origin, status, resumeStatus,
                submittedAt, preReviewDue, preReviewDueProvisional, receivedOn, acceptedAt, deadline, supplements,
                specialProcedures, decision, delivery, closedAt, rowVersion);
    }

    public CaseId id() { return id; }
    public String caseNumber() { return caseNumber; }
    public String queryCode() { return queryCode; }
    public PinnedItem item() { return item; }
    public Applicant applicant() { return applicant; }
    public String applicantId() { return applicant.id(); }
    public String applicantName() { return applicant.name(); }
    public Origin origin() { return origin; }
    public CaseStatus status() { return status; }
    public Instant submittedAt() { return submittedAt; }
    public LocalDate preReviewDue() { return preReviewDue; }
    public boolean preReviewDueProvisional() { return preReviewDueProvisional; }
    public LocalDate receivedOn() { return receivedOn; }
    public Instant acceptedAt() { return acceptedAt; }
    public Deadline deadline() { return deadline; }
    public List<SupplementNotice> supplements() { return List.copyOf(supplements); }
    public List<SpecialProcedure> specialProcedures() { return List.copyOf(specialProcedures); }
    public Decision decision() { return decision; }
    public Delivery delivery() { return delivery; }
    public Instant closedAt() { return closedAt; }
    public long rowVersion() { return rowVersion; }

    /** Everything the repository stores of a case. */
    public record Snapshot(CaseId id, String caseNumber, String queryCode, PinnedItem item, Applicant applicant,
            Origin origin, CaseStatus status, CaseStatus resumeStatus, Instant submittedAt,
            LocalDate preReviewDue, boolean preReviewDueProvisional, LocalDate receivedOn, Instant acceptedAt,
            Deadline deadline,
            List<SupplementNotice> supplements, List<SpecialProcedure> specialProcedures, Decision decision,
            Delivery delivery, Instant closedAt, long rowVersion) {

        public Snapshot {
            supplements = List.copyOf(supplements);
            specialProcedures = List.copyOf(specialProcedures);
        }
    }
}
