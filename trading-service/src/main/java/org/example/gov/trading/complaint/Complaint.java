package org.example.gov.trading.complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.calendar.WorkingDayCalendar;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.trading.award.Publicity;
import org.example.gov.trading.award.PublicityObjection;
import org.example.gov.trading.tender.Track;

/**
 * A complaint (投诉) to the supervising department about a lot's result, by the bidder who objected first. The rules, by
 * track:
 * <ul>
 * <li>Objection first: construction complaints about the candidates or the result rest on an objection (异议) to the
 * tenderee (招标投标法实施条例 第60条 第2款); procurement complaints on a challenge (质疑) (政府采购法 第55条). The complaint
 * names it; the objection's answer (or the end of its answer period without one) opens the complaint period.</li>
 * <li>Period: construction, {@value #CONSTRUCTION_DAYS} days from knowing the answer (实施条例 第60条: 自知道或者应当知道之日起
 * 10日内); procurement, {@value #PROCUREMENT_WORKING_DAYS} working days after the answer period ended (政府采购法 第55条,
 * 政府采购质疑和投诉办法 第17条). Before the answer or its due time, 422 OBJECTION_NOT_ANSWERED; after the period, 422
 * COMPLAINT_TOO_LATE.</li>
 * <li>Acceptance: decided within {@value #ACCEPT_WORKING_DAYS} working days (实施条例 第61条: 收到投诉之日起3个工作日内决定是否
 * 受理; the issue asks the same of procurement, which 94号令 第21条 gives 5 — the shorter is kept for both); refused with
 * its reason.</li>
 * <li>Decision: within {@value #DECIDE_WORKING_DAYS} working days of acceptance (实施条例 第61条, 政府采购法 第56条), upheld or
 * dismissed with the written decision. Late acceptances and decisions are recorded, and marked late.</li>
 * <li>Suspension: the department may suspend the procedure while handling an accepted complaint (实施条例 第62条, 政府采购法
 * 第57条); a procurement suspension lasts at most {@value #PROCUREMENT_MAX_SUSPENSION_DAYS} days; it ends with the decision,
 * a withdrawal or a lift.</li>
 * <li>Withdrawal (撤回) by the complainant before the decision.</li>
 * </ul>
 */
public final class Complaint {

    static final int CONSTRUCTION_DAYS = 10;
    static final int PROCUREMENT_WORKING_DAYS = 15;
    static final int ACCEPT_WORKING_DAYS = 3;
    static final int DECIDE_WORKING_DAYS = 30;
    static final int PROCUREMENT_MAX_SUSPENSION_DAYS = 30;

    public enum Status { FILED, ACCEPTED, NOT_ACCEPTED, DECIDED, WITHDRAWN }

    public enum Outcome { UPHELD, DISMISSED }

    /** The department's acts on the complaint, each with who, when and whether it came after its due time. */
    public record Review(String by, Instant at, boolean late, String text) {
    }

    /** A suspension of the lot's procedure: why, from when, until when at most (procurement), and when it ended. */
    public record Suspension(String reason, String by, Instant from, Instant until, Instant endedAt) {
        boolean activeAt(Instant now) {
            return endedAt == null && !now.isBefore(from) && (until == null || now.isBefore(until));
        }

        Suspension endedAt(Instant now) {
            return endedAt != null ? this : new Suspension(reason, by, from, until, now);
        }
    }

    private final Snapshot initial;
    private Status status;
    private Instant decisionDue;
    private Review acceptance;
    private Review decision;
    private Outcome outcome;
    private Suspension suspension;
    private Instant withdrawnAt;

    private Complaint(Snapshot s) {
        this.initial = s;
        this.status = s.status();
        this.decisionDue = s.decisionDue();
        this.acceptance = s.acceptance();
        this.decision = s.decision();
        this.outcome = s.outcome();
        this.suspension = s.suspension();
        this.withdrawnAt = s.withdrawnAt();
    }

    /** A complaint resting on the complainant's own objection to the lot, within the track's period. */
    public static Complaint file(String lotId, String projectId, String region, Track track, String complainant,
            PublicityObjection objection, String text, WorkingDayCalendar calendar, Instant now) {
        if (!objection.bidder().equals(complainant)) {
            throw new BusinessRuleViolationException("NOT_YOUR_OBJECTION", "objectionId",
                    "A complaint rests on the complainant''s own objection; {0} is another bidder''s", objection.id());
        }
        Instant known = objection.answeredAt() != null ? objection.answeredAt() : objection.answerDue();
        if (now.isBefore(known)) {
            throw new BusinessRuleViolationException("OBJECTION_NOT_ANSWERED", "objectionId",
                    "Objection {0} may still be answered until {1}: a complaint follows its answer or that time",
                    objection.id(), objection.answerDue());
        }
        Instant until = track == Track.CONSTRUCTION ? known.plus(Duration.ofDays(CONSTRUCTION_DAYS))
                // the answer period's last day is the day before the midnight that ends it
                : Publicity.endOfWorkingDay(calendar, ShanghaiDate.of(objection.answerDue().minusNanos(1)),
                        PROCUREMENT_WORKING_DAYS);
        if (now.isAfter(until)) {
            throw new BusinessRuleViolationException("COMPLAINT_TOO_LATE", null,
                    "The complaint period on objection {0} ended at {1}", objection.id(), until);
        }
        Instant acceptDue = Publicity.endOfWorkingDay(calendar, ShanghaiDate.of(now), ACCEPT_WORKING_DAYS);
        return new Complaint(new Snapshot(UUID.randomUUID().toString(), lotId, projectId, region, track, complainant,
                objection.id(), text.strip(), now, acceptDue, Status.FILED, null, null, null, null, null, null, -1));
    }

    public static Complaint restore(Snapshot s) {
        return new Complaint(s);
    }

    /** 受理: the decision is due {@value #DECIDE_WORKING_DAYS} working days later. */
    public Review accept(String by, WorkingDayCalendar calendar, Instant now) {
        require(Status.FILED, "acceptance");
        status = Status.ACCEPTED;
        acceptance = new Review(by, now, now.isAfter(initial.acceptDue()), null);
        decisionDue = Publicity.endOfWorkingDay(calendar, ShanghaiDate.of(now), DECIDE_WORKING_DAYS);
        return acceptance;
    }

    /** 不予受理, with its reason (e.g. out of time, no prior objection, not a party). */
    public Review refuse(String reason, String by, Instant now) {
        require(Status.FILED, "refusal");
        status = Status.NOT_ACCEPTED;
        acceptance = new Review(by, now, now.isAfter(initial.acceptDue()), reason.strip());
        return acceptance;
    }

    /** 暂停: only while an accepted complaint is handled; a procurement suspension for 30 days at most. */
    public Suspension suspend(String reason, String by, Instant now) {
        require(Status.ACCEPTED, "suspension");
        if (suspension != null && suspension.activeAt(now)) {
            throw new IllegalTransitionException("SUSPENDED", "suspension", List.of("resumption", "decision"));
        }
        Instant until = initial.track() == Track.GOVERNMENT_PROCUREMENT
                ? now.plus(Duration.ofDays(PROCUREMENT_MAX_SUSPENSION_DAYS)) : null;
        suspension = new Suspension(reason.strip(), by, now, until, null);
        return suspension;
    }

    /** The department lifts its suspension before deciding. */
    public Suspension resume(Instant now) {
        if (suspension == null || !suspension.activeAt(now)) {
            throw new IllegalTransitionException(status.name(), "resumption",
                    status == Status.ACCEPTED ? List.of("suspension", "decision") : List.of());
        }
        suspension = suspension.endedAt(now);
        return suspension;
    }

    /** 处理决定: upheld or dismissed, in writing; any suspension ends with it. */
    public Review decide(Outcome result, String text, String by, Instant now) {
        require(Status.ACCEPTED, "decision");
        status = Status.DECIDED;
        outcome = result;
        decision = new Review(by, now, now.isAfter(decisionDue), text.strip());
        endSuspension(now);
        return decision;
    }

    /** 撤回 by the complainant, before a decision; any suspension ends with it. */
    public void withdraw(Instant now) {
        if (status != Status.FILED && status != Status.ACCEPTED) {
            throw new IllegalTransitionException(status.name(), "withdrawal", List.of());
        }
        status = Status.WITHDRAWN;
        withdrawnAt = now;
        endSuspension(now);
    }

    /** Whether the lot's procedure is suspended by this complaint now. */
    public boolean suspends(Instant now) {
        return status == Status.ACCEPTED && suspension != null && suspension.activeAt(now);
    }

    private void endSuspension(Instant now) {
        if (suspension != null) {
            suspension = suspension.endedAt(now);
        }
    }

    private void require(Status expected, String attempted) {
        if (status != expected) {
            throw new IllegalTransitionException(status.name(), attempted, allowed());
        }
    }

    /** The steps open now (for a 409's answer). */
    public List<String> allowed() {
        return switch (status) {
            case FILED -> List.of("acceptance", "refusal", "withdrawal");
            case ACCEPTED -> List.of("suspension", "resumption", "decision", "withdrawal");
            case NOT_ACCEPTED, DECIDED, WITHDRAWN -> List.of();
        };
    }

    public Snapshot snapshot() {
        return new Snapshot(initial.id(), initial.lotId(), initial.projectId(), initial.region(), initial.track(),
                initial.complainant(), initial.objectionId(), initial.text(), initial.filedAt(), initial.acceptDue(),
                status, decisionDue, acceptance, decision, outcome, suspension, withdrawnAt, initial.rowVersion());
    }

    public String id() { return initial.id(); }
    public String lotId() { return initial.lotId(); }
    public String projectId() { return initial.projectId(); }
    public String region() { return initial.region(); }
    public Track track() { return initial.track(); }
    public String complainant() { return initial.complainant(); }
    public String objectionId() { return initial.objectionId(); }
    public String text() { return initial.text(); }
    public Instant filedAt() { return initial.filedAt(); }
    public Instant acceptDue() { return initial.acceptDue(); }
    public Status status() { return status; }
    public Instant decisionDue() { return decisionDue; }
    public Review acceptance() { return acceptance; }
    public Review decision() { return decision; }
    public Outcome outcome() { return outcome; }
    public Suspension suspension() { return suspension; }
    public Instant withdrawnAt() { return withdrawnAt; }

    /** Everything stored (rowVersion -1: not stored yet). */
    public record Snapshot(String id, String lotId, String projectId, String region, Track track, String complainant,
            String objectionId, String text, Instant filedAt, Instant acceptDue, Status status, Instant decisionDue,
            Review acceptance, Review decision, Outcome outcome, Suspension suspension, Instant withdrawnAt,
            long rowVersion) {
    }
}
