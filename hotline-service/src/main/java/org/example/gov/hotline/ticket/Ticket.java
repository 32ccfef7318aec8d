package org.example.gov.hotline.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.calendar.WorkingDayCalendar;
import org.example.gov.hotline.dispatch.DepartmentRef;
import org.example.gov.hotline.dispatch.Responsibility;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;

/**
 * A 12345 ticket (工单) from intake to closure (DOMAIN.md §6). Every transition checks the stage, applies its rule and
 * records a history entry; the application service stores the ticket, its history and one event per entry in one
 * transaction.
 *
 * <p>The handling clock starts at dispatch and nothing the department does stops it: a late signature leaves the
 * deadline where it was, and so does a rejected return. A new clock starts only with a new dispatch (after an approved
 * return or the centre's coordination decision) or a reopening after an unsatisfied call-back.
 */
public final class Ticket {

    private final TicketId id;
    private final String number;
    private final Channel channel;
    private final TicketType type;
    private final String categoryCode;
    private final Location location;
    private final Urgency urgency;
    private final String description;
    private final List<Attachment> attachments;
    private final Caller caller;
    private final boolean confidential;
    private final String callerId;
    private final Instant receivedAt;
    private TicketStatus status;
    private TicketStatus statusBeforeReturn;
    private EmergencyHandoff emergencyHandoff;
    private DirectAnswer directAnswer;
    private Assignment assignment;
    private Deadline deadline;
    private boolean supervised;
    private int signReminders;
    private boolean overdueFlagged;
    private final List<ReturnRecord> returns;
    private final List<Reply> replies;
    private final List<CallBack> callBacks;
    private int redoCount;
    private Instant closedAt;
    private int reminderCount;
    private LocalDate callBackDueDate;
    private int replySendBacks;
    private final List<Extension> extensions;
    private Sensitivity sensitivity;
    private boolean approachWarned;
    private CaseReference caseReference;
    private final long rowVersion;
    private final List<HistoryEntry> newHistory = new ArrayList<>();

    private Ticket(Snapshot s) {
        this.id = s.id();
        this.number = s.number();
        this.channel = s.channel();
        this.type = s.type();
        this.categoryCode = s.categoryCode();
        this.location = s.location();
        this.urgency = s.urgency();
        this.description = s.description();
        this.attachments = List.copyOf(s.attachments());
        this.caller = s.caller();
        this.confidential = s.confidential();
        this.callerId = s.callerId();
        this.receivedAt = s.receivedAt();
        this.status = s.status();
        this.statusBeforeReturn = s.statusBeforeReturn();
        this.emergencyHandoff = s.emergencyHandoff();
        this.directAnswer = s.directAnswer();
        this.assignment = s.assignment();
        this.deadline = s.deadline();
        this.supervised = s.supervised();
        this.signReminders = s.signReminders();
        this.overdueFlagged = s.overdueFlagged();
        this.returns = new ArrayList<>(s.returns());
        this.replies = new ArrayList<>(s.replies());
        this.callBacks = new ArrayList<>(s.callBacks());
        this.redoCount = s.redoCount();
        this.closedAt = s.closedAt();
        this.reminderCount = s.reminderCount();
        this.callBackDueDate = s.callBackDueDate();
        this.replySendBacks = s.replySendBacks();
        this.extensions = new ArrayList<>(s.extensions());
        this.sensitivity = s.sensitivity();
        this.approachWarned = s.approachWarned();
        this.caseReference = s.caseReference();
        this.rowVersion = s.rowVersion();
    }

    /**
     * Intake (登记). {@code callerId} is the caller's own user id when they filed it online, so they can follow it;
     * null when an agent took the call.
     */
    public static Ticket receive(String number, Channel channel, TicketType type, String categoryCode, Location location,
            Urgency urgency, String description, List<Attachment> attachments, Caller caller, boolean confidential,
            String callerId, Act act) {
        return receive(number, channel, type, categoryCode, location, urgency, description, attachments, caller,
                confidential, callerId, null, act);
    }

    /**
     * Intake of a ticket about a case ({@code caseReference}, null for none): verified by case-service, or recorded
     * unverified when case-service could not answer (checked again before dispatch or on request).
     */
    public static Ticket receive(String number, Channel channel, TicketType type, String categoryCode, Location location,
            Urgency urgency, String description, List<Attachment> attachments, Caller caller, boolean confidential,
            String callerId, CaseReference caseReference, Act act) {
        Ticket t = new Ticket(new Snapshot(TicketId.newId(), number, channel, type, categoryCode, location, urgency,
                description, attachments == null ? List.of() : attachments, caller, confidential, callerId, act.at(),
                TicketStatus.RECEIVED, null, null, null, null, null, false, 0, false, List.of(), List.of(), List.of(), 0,
                null, 0, null, 0, List.of(), null, false, caseReference, 0));
        t.record(TicketAction.CREATE, act, null, TicketStatus.RECEIVED,
                type + " " + categoryCode + (urgency == Urgency.NORMAL ? "" : " " + urgency)
                        + (caseReference == null ? "" : ", about case " + caseReference.caseNumber()
                                + (caseReference.verified() ? "" : " (unverified: case-service did not answer)")));
        return t;
    }

    /**
     * The case reference confirmed by case-service after an intake it could not answer. 409 unless the ticket is open
     * and names a case not verified yet.
     */
    public void verifyCaseReference(CaseReference verified, Act act) {
        if (!status.open() || caseReference == null || caseReference.verified() || verified == null
                || !verified.verified() || !verified.caseNumber().equals(caseReference.caseNumber())) {
            throw new IllegalTransitionException(status.name(), TicketAction.VERIFY_CASE_REFERENCE.label(),
                    allowedActions().stream().map(TicketAction::label).toList());
        }
        caseReference = verified;
        record(TicketAction.VERIFY_CASE_REFERENCE, act, status, status, "case " + verified.caseNumber() + " of "
                + verified.department() + " (" + verified.region() + ")");
    }

    /** Whether the ticket names a case case-service has not confirmed yet. */
    public boolean caseReferenceUnverified() {
        return caseReference != null && !caseReference.verified() && status.open();
    }

    public static Ticket restore(Snapshot snapshot) {
        return new Ticket(snapshot);
    }

    /** A 110/119/120/122 matter: the agent records the hand-off; no department is dispatched, the ticket is done. */
    public void handOffEmergency(EmergencyHandoff.Service service, EmergencyHandoff.Mode mode, String note, Act act) {
        require(TicketAction.HAND_OFF_EMERGENCY);
        if (service == null || mode == null) {
            throw new BusinessRuleViolationException("EMERGENCY_HANDOFF_INCOMPLETE", service == null ? "service" : "mode",
                    "An emergency hand-off names the service (110, 119, 120, 122) and how (three-way call or transfer)");
        }
        emergencyHandoff = new EmergencyHandoff(service, mode, note, act.actor().id(), act.at());
        TicketStatus from = status;
        status = TicketStatus.EMERGENCY_HANDED_OFF;
        closedAt = act.at();
        record(TicketAction.HAND_OFF_EMERGENCY, act, from, status, service + " " + mode + (note == null ? "" : ": " + note));
    }

    /**
     * 直接答复: a consult answered from the knowledge base is closed at once, with no dispatch; the article and the
     * version read out are recorded. {@code answer} is only looked up (and the article's use counted) once the step
     * is known to be legal, by {@link #checkAllowed(TicketAction)}.
     */
    public void answerDirectly(DirectAnswer answer, Act act) {
        require(TicketAction.DIRECT_ANSWER);
        directAnswer = answer;
        TicketStatus from = status;
        status = TicketStatus.CLOSED;
        closedAt = act.at();
        record(TicketAction.DIRECT_ANSWER, act, from, status, "article " + answer.articleId() + " v"
                + answer.articleVersion() + " 《" + answer.title() + "》" + (answer.note() == null ? "" : ": " + answer.note()));
    }

    /**
     * 重复件: the same caller calls again about this matter while it is open. No new ticket and no second dispatch: the
     * call is merged here, the reminder count (催单次数) goes up and the entry's event tells the department.
     */
    public void mergeRepeatCall(Channel repeatChannel, String repeatDescription, Act act) {
        if (!status.open()) {
            throw new IllegalTransitionException(status.name(), TicketAction.MERGE.label(),
                    allowedActions().stream().map(TicketAction::label).toList());
        }
        reminderCount++;
        record(TicketAction.MERGE, act, status, status, "催单 " + reminderCount + " (" + repeatChannel + "): "
                + repeatDescription);
    }

    /** 409 with the allowed steps unless {@code action} is open now (for a step that must check before looking up). */
    public void checkAllowed(TicketAction action) {
        require(action);
    }

    /**
     * 派单 to the lead department with the assisting ones. The responsibility list proposes ({@code proposal}, null when
     * it has no line for the demand); the dispatcher confirms it or overrides it, and an override states its reason.
     * The handling clock starts now, on the ticket's region calendar, and the lead must sign within the sign window of
     * the ticket's urgency.
     */
    public void dispatch(DepartmentRef lead, List<DepartmentRef> assisting, Responsibility proposal, String reason,
            Act act) {
        require(TicketAction.DISPATCH);
        boolean overridden = proposal != null && lead != null && !proposal.lead().equals(lead);
        if (overridden && (reason == null || reason.isBlank())) {
            throw new BusinessRuleViolationException("DISPATCH_OVERRIDE_REASON_REQUIRED", "reason",
                    "The responsibility list names " + proposal.lead() + "; dispatching elsewhere states why",
                    proposal.lead());
        }
        String note = proposal == null ? "no line in the responsibility list" + (reason == null ? "" : ": " + reason)
                : overridden ? "overrides the responsibility list (" + proposal.lead() + "): " + reason
                : "per the responsibility list" + (reason == null ? "" : ": " + reason);
        assign(TicketAction.DISPATCH, lead, assisting, false, note, act);
    }

    /** 签收 by the lead department. The clock ran from dispatch: signing late changes nothing but the record. */
    public void sign(Act act) {
        require(TicketAction.SIGN);
        assignment = assignment.signed(act.at());
        boolean late = act.at().isAfter(assignment.signDueAt());
        TicketStatus from = status;
        status = TicketStatus.HANDLING;
        record(TicketAction.SIGN, act, from, status, late ? "late: sign was due " + assignment.signDueAt() : null);
    }

    /**
     * 退单 by the lead department, with its reason, within the return window (working days after dispatch). The clock
     * keeps running while the centre reviews. The return that reaches {@link HandlingPolicy#coordinationAtReturn()}
     * (the third by default) goes to coordination instead of another review and dispatch.
     */
    public void requestReturn(String reason, Act act) {
        require(TicketAction.RETURN);
        requireText(reason, "reason", "RETURN_REASON_REQUIRED", "A return states why the ticket is not the department's");
        LocalDate dispatchedOn = ShanghaiDate.of(assignment.dispatchedAt());
        LocalDate lastDay = calendar(act).plusWorkingDays(dispatchedOn, act.policy().returnWindowWorkingDays()).date();
        if (act.today().isAfter(lastDay)) {
            throw new BusinessRuleViolationException("RETURN_WINDOW_PASSED", "reason",
                    "A ticket may be returned within " + act.policy().returnWindowWorkingDays()
                            + " working day(s) of dispatch, until " + lastDay, act.policy().returnWindowWorkingDays(), lastDay);
        }
        DepartmentRef lead = assignment.lead();
        boolean coordination = returns.size() + 1 >= act.policy().coordinationAtReturn();
        returns.add(new ReturnRecord(lead.region(), lead.name(), reason, act.actor().id(), act.at(),
                coordination ? ReturnRecord.Outcome.COORDINATION : null, null, coordination ? act.at() : null));
        TicketStatus from = status;
        if (coordination) {
            // returned again and again: the centre decides the department in 联席/审定, no ordinary review
            status = TicketStatus.COORDINATION;
            clearAssignment();
        } else {
            statusBeforeReturn = status;
            status = TicketStatus.RETURN_REQUESTED;
        }
        record(TicketAction.RETURN, act, from, status, "return " + returns.size() + " by " + lead + ": " + reason);
    }

    /** The centre accepts the return: back for another dispatch; it counts against the returning department. */
    public void approveReturn(String note, Act act) {
        require(TicketAction.APPROVE_RETURN);
        returns.set(returns.size() - 1, returns.getLast().reviewed(ReturnRecord.Outcome.APPROVED, note, act.at()));
        TicketStatus from = status;
        status = TicketStatus.RECEIVED;
        statusBeforeReturn = null;
        clearAssignment();
        record(TicketAction.APPROVE_RETURN, act, from, status, note);
    }

    /** The centre refuses the return (reason required): back to the department, the deadline unchanged. */
    public void rejectReturn(String reason, Act act) {
        require(TicketAction.REJECT_RETURN);
        requireText(reason, "reason", "RETURN_REJECTION_REASON_REQUIRED", "Rejecting a return states why");
        returns.set(returns.size() - 1, returns.getLast().reviewed(ReturnRecord.Outcome.REJECTED, reason, act.at()));
        TicketStatus from = status;
        status = statusBeforeReturn;
        statusBeforeReturn = null;
        record(TicketAction.REJECT_RETURN, act, from, status, reason);
    }

    /**
     * 联席/审定: the centre decides the department after repeated returns (reason required) and dispatches it; that
     * department may not return it again.
     */
    public void decideCoordination(DepartmentRef lead, List<DepartmentRef> assisting, String reason, Act act) {
        require(TicketAction.COORDINATE);
        requireText(reason, "reason", "COORDINATION_REASON_REQUIRED", "A coordination decision records its grounds");
        if (lead == null) {
            throw new BusinessRuleViolationException("LEAD_DEPARTMENT_REQUIRED", "leadDepartment",
                    "A coordination decision names the lead department");
        }
        record(TicketAction.COORDINATE, act, status, status, lead + ": " + reason);
        assign(TicketAction.DISPATCH, lead, assisting, true, "审定: " + reason, act);
    }

    /**
     * 答复 by the lead department; the centre reviews it next. A pending extension request lapses: the work is done.
     */
    public void reply(String text, Act act) {
        require(TicketAction.REPLY);
        requireText(text, "text", "REPLY_TEXT_REQUIRED", "A reply says what was done or answered");
        replies.add(new Reply(text, assignment.lead().name(), act.actor().id(), act.at()));
        pendingExtension().ifPresent(e -> extensions.set(extensions.size() - 1,
                e.decided(Extension.Outcome.REJECTED, "lapsed: replied", act.actor().id(), act.at(), null, null)));
        TicketStatus from = status;
        status = TicketStatus.REPLIED;
        record(TicketAction.REPLY, act, from, status, text);
    }

    /**
     * The centre approves the reply (答复审核): the call-back (回访) task is due the next working day on the ticket's
     * region calendar.
     */
    public void approveReply(String note, Act act) {
        require(TicketAction.APPROVE_REPLY);
        callBackDueDate = calendar(act).plusWorkingDays(act.today(), 1).date();
        TicketStatus from = status;
        status = TicketStatus.CALL_BACK_DUE;
        record(TicketAction.APPROVE_REPLY, act, from, status, "call-back due " + callBackDueDate
                + (note == null ? "" : ": " + note));
    }

    /**
     * The centre sends the reply back (reason required): the department handles again under the same deadline — the
     * clock kept running while the centre read the reply — and the send-back is counted.
     */
    public void sendBackReply(String reason, Act act) {
        require(TicketAction.SEND_BACK_REPLY);
        requireText(reason, "reason", "REPLY_SEND_BACK_REASON_REQUIRED", "Sending a reply back states what is missing");
        replySendBacks++;
        TicketStatus from = status;
        status = TicketStatus.HANDLING;
        record(TicketAction.SEND_BACK_REPLY, act, from, status, "send-back " + replySendBacks + ": " + reason);
    }

    /**
     * 回访 by the centre. Satisfied or basically satisfied → ready to close. Unsatisfied for a handling reason →
     * reopened to the same department with a new clock and the redo count up by one; unsatisfied for another reason
     * (the law, a policy) → the call-back ends. Unreachable → the attempt is recorded; the call-back ends only after
     * the allowed attempts.
     *
     * @param handlingReason for UNSATISFIED: whether the caller is unhappy with the handling (null counts as yes)
     */
    public void callBack(CallBack.Result result, Boolean handlingReason, String note, Act act) {
        require(TicketAction.CALL_BACK);
        if (result == null) {
            throw new BusinessRuleViolationException("CALL_BACK_RESULT_REQUIRED", "result",
                    "Result: SATISFIED, BASICALLY_SATISFIED, UNSATISFIED or UNREACHABLE");
        }
        boolean redo = result == CallBack.Result.UNSATISFIED && !Boolean.FALSE.equals(handlingReason);
        callBacks.add(new CallBack(result, note, act.actor().id(), act.at(),
                result == CallBack.Result.UNSATISFIED ? redo : null, java.util.UUID.randomUUID().toString()));
        TicketStatus from = status;
        switch (result) {
            case SATISFIED, BASICALLY_SATISFIED -> status = TicketStatus.CALLED_BACK;
            case UNREACHABLE -> {
                if (unreachableAttempts() >= act.policy().callBackAttempts()) {
                    status = TicketStatus.CALLED_BACK;
                }
            }
            case UNSATISFIED -> {
                if (!redo) {
                    status = TicketStatus.CALLED_BACK;
                } // else reopened below, after the call-back's own entry
            }
        }
        record(TicketAction.CALL_BACK, act, from, status, result + (result == CallBack.Result.UNREACHABLE
                ? " (attempt " + unreachableAttempts() + " of " + act.policy().callBackAttempts() + ")"
                : result == CallBack.Result.UNSATISFIED ? (redo ? " (handling)" : " (not a handling reason)") : "")
                + (note == null ? "" : ": " + note));
        if (redo) {
            reopen(act);
        }
    }

    /** The same with the handling reason assumed (an unsatisfied caller is reopened). */
    public void callBack(CallBack.Result result, String note, Act act) {
        callBack(result, null, note, act);
    }

    private void reopen(Act act) {
        redoCount++;
        TicketStatus from = status;
        status = TicketStatus.HANDLING;
        deadline = limit(act).from(act.at(), calendar(act));
        overdueFlagged = false;
        approachWarned = false;
        callBackDueDate = null;
        record(TicketAction.REOPEN, act, from, status, "redo " + redoCount + ", due " + deadline.dueDate());
    }

    /**
     * 延期申请 by the lead department, before the deadline, with a reason: the approved extensions of this clock and this
     * one together stay within {@link HandlingPolicy#maxExtensionWorkingDays()}. The clock keeps running meanwhile.
     */
    public void requestExtension(int workingDays, String reason, Act act) {
        require(TicketAction.REQUEST_EXTENSION);
        requireText(reason, "reason", "EXTENSION_REASON_REQUIRED", "An extension request states why");
        int max = act.policy().maxExtensionWorkingDays();
        int granted = grantedExtensionDays();
        if (workingDays < 1 || granted + workingDays > max) {
            throw new InvalidTicketException("EXTENSION_TOO_LONG", "workingDays",
                    "An extension is 1 to " + max + " working days in all; " + granted + " already granted", max, granted);
        }
        if (deadline.passed(act.at())) {
            throw new BusinessRuleViolationException("EXTENSION_AFTER_DEADLINE", "workingDays",
                    "An extension is requested before the deadline (" + deadline.dueDate() + ")", deadline.dueDate());
        }
        extensions.add(new Extension(workingDays, reason, assignment.lead().name(), act.actor().id(), act.at(), null,
                null, null, null, null, null));
        record(TicketAction.REQUEST_EXTENSION, act, status, status, workingDays + " working day(s): " + reason);
    }

    /**
     * The centre approves the extension: the due date moves by the requested working days on the ticket's region
     * calendar, and the caller is to be told ({@link TicketAction#INFORM_CALLER}, an event a notifier acts on).
     */
    public void approveExtension(String note, Act act) {
        require(TicketAction.APPROVE_EXTENSION);
        Extension pending = pendingExtension().orElseThrow();
        Deadline before = deadline;
        deadline = before.extendedBy(pending.workingDays(), calendar(act));
        extensions.set(extensions.size() - 1, pending.decided(Extension.Outcome.APPROVED, note, act.actor().id(),
                act.at(), before.dueDate(), deadline.dueDate()));
        overdueFlagged = false;
        approachWarned = false;
        record(TicketAction.APPROVE_EXTENSION, act, status, status, before.dueDate() + " → " + deadline.dueDate()
                + (note == null ? "" : ": " + note));
        record(TicketAction.INFORM_CALLER, act, status, status, "extended, now due " + deadline.dueDate());
    }

    /** The centre refuses the extension (reason required): the deadline stays. */
    public void rejectExtension(String reason, Act act) {
        require(TicketAction.REJECT_EXTENSION);
        requireText(reason, "reason", "EXTENSION_REJECTION_REASON_REQUIRED", "Rejecting an extension states why");
        Extension pending = pendingExtension().orElseThrow();
        extensions.set(extensions.size() - 1, pending.decided(Extension.Outcome.REJECTED, reason, act.actor().id(),
                act.at(), null, null));
        record(TicketAction.REJECT_EXTENSION, act, status, status, reason);
    }

    /**
     * 敏感件: the centre flags an open ticket as sensitive, with its reason; it is put under supervision (督办) and
     * supervisors see the flag. Once: a flag is not set twice.
     */
    public void flagSensitive(String reason, Act act) {
        if (!status.open() || sensitivity != null) {
            throw new IllegalTransitionException(status.name(), TicketAction.FLAG_SENSITIVE.label(),
                    allowedActions().stream().map(TicketAction::label).toList());
        }
        requireText(reason, "reason", "SENSITIVE_REASON_REQUIRED", "Flagging a ticket as sensitive states why");
        sensitivity = new Sensitivity(reason, act.actor().id(), act.at());
        supervised = true;
        record(TicketAction.FLAG_SENSITIVE, act, status, status, reason);
    }

    public Optional<Extension> pendingExtension() {
        return extensions.isEmpty() || !extensions.getLast().pending() ? Optional.empty()
                : Optional.of(extensions.getLast());
    }

    /** Working days granted on the current clock (a new dispatch or reopening starts from none). */
    public int grantedExtensionDays() {
        if (deadline == null) {
            return 0;
        }
        return extensions.stream().filter(e -> e.outcome() == Extension.Outcome.APPROVED)
                .filter(e -> !e.reviewedAt().isBefore(deadline.startedAt())).mapToInt(Extension::workingDays).sum();
    }

    /** 办结. */
    public void close(String note, Act act) {
        require(TicketAction.CLOSE);
        TicketStatus from = status;
        status = TicketStatus.CLOSED;
        closedAt = act.at();
        record(TicketAction.CLOSE, act, from, status, note);
    }

    /**
     * 催办: the lead department has not signed within the window. Once per dispatch: the ticket is put under
     * supervision (督办) and the department reminded.
     *
     * @return whether a reminder was due (the ticket changed)
     */
    public boolean remindToSignIfLate(Act act) {
        if (status != TicketStatus.DISPATCHED || assignment.remindedAt() != null
                || !act.at().isAfter(assignment.signDueAt())) {
            return false;
        }
        assignment = assignment.reminded(act.at());
        signReminders++;
        supervised = true;
        record(TicketAction.REMIND_TO_SIGN, act, status, status, "unsigned since " + assignment.dispatchedAt()
                + ", sign was due " + assignment.signDueAt());
        return true;
    }

    /** Overdue: flagged exactly once per clock (a new dispatch or reopening starts a new one). */
    public boolean markOverdueIfLate(Act act) {
        if (!status.clockRuns() || overdueFlagged || deadline == null || !deadline.passed(act.at())) {
            return false;
        }
        overdueFlagged = true;
        supervised = true;
        record(TicketAction.MARK_OVERDUE, act, status, status, "due " + deadline.dueDate());
        return true;
    }

    /**
     * 临期预警: once per deadline, when the clock runs and today is within {@link HandlingPolicy#approachingWorkingDays()}
     * working days of the due date on the ticket's region calendar (as case-service warns of approaching case due
     * dates). A limit in hours warns once its last quarter has begun. An overdue ticket is not warned of approaching.
     */
    public boolean warnIfApproaching(Act act) {
        if (!status.clockRuns() || approachWarned || overdueFlagged || deadline == null || deadline.passed(act.at())) {
            return false;
        }
        boolean within;
        if (deadline.workingDays() != null) {
            LocalDate from = calendar(act).minusWorkingDays(deadline.dueDate(), act.policy().approachingWorkingDays())
                    .date();
            within = !act.today().isBefore(from);
        } else {
            java.time.Duration limit = java.time.Duration.between(deadline.startedAt(), deadline.dueAt());
            within = !act.at().isBefore(deadline.dueAt().minus(limit.dividedBy(4)));
        }
        if (!within) {
            return false;
        }
        approachWarned = true;
        record(TicketAction.WARN_APPROACHING, act, status, status, "due " + deadline.dueDate());
        return true;
    }

    /**
     * Counts a provisional due date again on {@code act}'s calendars (the system, after a calendar year was loaded),
     * from the same start with the same limit; a date that moves or becomes exact gets a history entry.
     *
     * @return whether the ticket changed
     */
    public boolean recountDeadline(Act act) {
        if (deadline == null) {
            return false;
        }
        Deadline before = deadline;
        return before.recount(calendar(act)).map(after -> {
            deadline = after;
            record(TicketAction.RECOUNT_DEADLINE, act, status, status, "due " + before.dueDate() + " (provisional) → "
                    + after.dueDate() + (after.provisional() ? " (provisional)" : ""));
            return true;
        }).orElse(false);
    }

    public Set<TicketAction> allowedActions() {
        return switch (status) {
            // only a consult is answered from the knowledge base; every other type needs a department
            case RECEIVED -> type == TicketType.CONSULT
                    ? EnumSet.of(TicketAction.DISPATCH, TicketAction.HAND_OFF_EMERGENCY, TicketAction.DIRECT_ANSWER)
                    : EnumSet.of(TicketAction.DISPATCH, TicketAction.HAND_OFF_EMERGENCY);
            case DISPATCHED -> assignment.coordinated() ? EnumSet.of(TicketAction.SIGN)
                    : EnumSet.of(TicketAction.SIGN, TicketAction.RETURN);
            case HANDLING -> {
                Set<TicketAction> steps = assignment.coordinated() ? EnumSet.of(TicketAction.REPLY)
                        : EnumSet.of(TicketAction.REPLY, TicketAction.RETURN);
                if (pendingExtension().isPresent()) {
                    steps.addAll(EnumSet.of(TicketAction.APPROVE_EXTENSION, TicketAction.REJECT_EXTENSION));
                } else {
                    steps.add(TicketAction.REQUEST_EXTENSION);
                }
                yield steps;
            }
            case RETURN_REQUESTED -> EnumSet.of(TicketAction.APPROVE_RETURN, TicketAction.REJECT_RETURN);
            case COORDINATION -> EnumSet.of(TicketAction.COORDINATE);
            case REPLIED -> EnumSet.of(TicketAction.APPROVE_REPLY, TicketAction.SEND_BACK_REPLY);
            case CALL_BACK_DUE -> EnumSet.of(TicketAction.CALL_BACK);
            case CALLED_BACK -> EnumSet.of(TicketAction.CLOSE);
            case CLOSED, EMERGENCY_HANDED_OFF -> EnumSet.noneOf(TicketAction.class);
        };
    }

    /**
     * Who may see who called: the centre, supervisors and the caller themself; a department only when the caller did
     * not ask to stay confidential (then no department ever learns it, not even masked).
     */
    public boolean showsCallerTo(Actor viewer) {
        if (isCaller(viewer.id()) || viewer.has(Role.HOTLINE_AGENT) || viewer.has(Role.SUPERVISOR)) {
            return true;
        }
        return !confidential && viewer.has(Role.HOTLINE_HANDLER);
    }

    /** What the caller was told when the ticket closed: the last reply, or the article of a direct answer. */
    public String previousAnswer() {
        if (!replies.isEmpty()) {
            return replies.getLast().text();
        }
        return directAnswer == null ? null : "《" + directAnswer.title() + "》 (article " + directAnswer.articleId()
                + " v" + directAnswer.articleVersion() + ")";
    }

    /** Whether the caller filed it online as this user. */
    public boolean isCaller(String userId) {
        return callerId != null && callerId.equals(userId);
    }

    public long unreachableAttempts() {
        return callBacks.stream().filter(c -> c.result() == CallBack.Result.UNREACHABLE).count();
    }

    private void assign(TicketAction action, DepartmentRef lead, List<DepartmentRef> assisting, boolean coordinated,
            String note, Act act) {
        if (lead == null) {
            throw new BusinessRuleViolationException("LEAD_DEPARTMENT_REQUIRED", "leadDepartment",
                    "A dispatch names the lead department");
        }
        List<DepartmentRef> others = assisting == null ? List.of()
                : assisting.stream().filter(a -> !a.equals(lead)).distinct().toList();
        assignment = new Assignment(lead, others, act.at(), act.at().plus(act.policy().signWindow(urgency)), null, null,
                coordinated);
        deadline = limit(act).from(act.at(), calendar(act));
        overdueFlagged = false;
        approachWarned = false;
        TicketStatus from = status;
        status = TicketStatus.DISPATCHED;
        record(action, act, from, status, "to " + lead + (others.isEmpty() ? "" : " with " + others) + ", due "
                + deadline.dueDate() + (deadline.provisional() ? " (provisional)" : "") + (note == null ? "" : "; " + note));
    }

    private void clearAssignment() {
        assignment = null;
        deadline = null;
        overdueFlagged = false;
        approachWarned = false;
    }

    private TimeLimit limit(Act act) {
        return act.policy().timeLimits().limitFor(location.region(), type, urgency);
    }

    private WorkingDayCalendar calendar(Act act) {
        return act.calendars().of(location.region());
    }

    private void require(TicketAction action) {
        if (!allowedActions().contains(action)) {
            throw new IllegalTransitionException(status.name(), action.label(),
                    allowedActions().stream().map(TicketAction::label).toList());
        }
    }

    private static void requireText(String value, String field, String code, String message) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleViolationException(code, field, message);
        }
    }

    private void record(TicketAction action, Act act, TicketStatus from, TicketStatus to, String note) {
        newHistory.add(new HistoryEntry(action, act.actor().id(), act.actor().name(), act.role(), from, to, act.at(), note));
    }

    /** History entries added since the ticket was loaded: the repository appends them, one event is published per entry. */
    public List<HistoryEntry> newHistory() {
        return Collections.unmodifiableList(newHistory);
    }

    public Snapshot snapshot() {
        return new Snapshot(id, number, channel, type, categoryCode, location, urgency, description, attachments, caller,
                confidential, callerId, receivedAt, status, statusBeforeReturn, emergencyHandoff, directAnswer, assignment,
                deadline,
                supervised, signReminders, overdueFlagged, returns, replies, callBacks, redoCount, closedAt, reminderCount,
                callBackDueDate, replySendBacks, extensions, sensitivity, approachWarned, caseReference, rowVersion);
    }

    public TicketId id() { return id; }
    public String number() { return number; }
    public Channel channel() { return channel; }
    public TicketType type() { return type; }
    public String categoryCode() { return categoryCode; }
    public Location location() { return location; }
    public Urgency urgency() { return urgency; }
    public String description() { return description; }
    public List<Attachment> attachments() { return attachments; }
    public Caller caller() { return caller; }
    public boolean confidential() { return confidential; }
    public String callerId() { return callerId; }
    public Instant receivedAt() { return receivedAt; }
    public TicketStatus status() { return status; }
    public EmergencyHandoff emergencyHandoff() { return emergencyHandoff; }
    public DirectAnswer directAnswer() { return directAnswer; }
    public Assignment assignment() { return assignment; }
    public Deadline deadline() { return deadline; }
    public boolean supervised() { return supervised; }
    public int signReminders() { return signReminders; }
    public boolean overdueFlagged() { return overdueFlagged; }
    public List<ReturnRecord> returns() { return List.copyOf(returns); }
    public List<Reply> replies() { return List.copyOf(replies); }
    public List<CallBack> callBacks() { return List.copyOf(callBacks); }
    public int redoCount() { return redoCount; }
    public Instant closedAt() { return closedAt; }
    public int reminderCount() { return reminderCount; }
    public LocalDate callBackDueDate() { return callBackDueDate; }
    public int replySendBacks() { return replySendBacks; }
    public List<Extension> extensions() { return List.copyOf(extensions); }
    public Sensitivity sensitivity() { return sensitivity; }
    public boolean sensitive() { return sensitivity != null; }
    public boolean approachWarned() { return approachWarned; }
    public CaseReference caseReference() { return caseReference; }
    public long rowVersion() { return rowVersion; }

    /** Everything the repository stores of a ticket. */
    public record Snapshot(TicketId id, String number, Channel channel, TicketType type, String categoryCode,
            Location location, Urgency urgency, String description, List<Attachment> attachments, Caller caller,
            boolean confidential, String callerId, Instant receivedAt, TicketStatus status,
            TicketStatus statusBeforeReturn, EmergencyHandoff emergencyHandoff, DirectAnswer directAnswer,
            Assignment assignment, Deadline deadline,
            boolean supervised, int signReminders, boolean overdueFlagged, List<ReturnRecord> returns,
            List<Reply> replies, List<CallBack> callBacks, int redoCount, Instant closedAt, int reminderCount,
            LocalDate callBackDueDate, int replySendBacks, List<Extension> extensions, Sensitivity sensitivity,
            boolean approachWarned, CaseReference caseReference, long rowVersion) {

        public Snapshot {
            extensions = List.copyOf(extensions);
            attachments = List.copyOf(attachments);
            returns = List.copyOf(returns);
            replies = List.copyOf(replies);
            callBacks = List.copyOf(callBacks);
        }
    }
}
