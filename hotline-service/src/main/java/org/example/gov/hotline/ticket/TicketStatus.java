package org.example.gov.hotline.ticket;

import java.util.EnumSet;
import java.util.Set;

/** The stages of a ticket. */
public enum TicketStatus {
    /** 登记: recorded by the centre, waiting for dispatch (again, after an approved return). */
    RECEIVED,
    /** A 110/119/120/122 matter handed off by the agent (三方通话 / 一键转接): no department dispatch, final. */
    EMERGENCY_HANDED_OFF,
    /** 派单: the lead department has not signed yet; the handling clock already runs. */
    DISPATCHED,
    /** 签收: the lead department handles it. */
    HANDLING,
    /** 退单: the lead department asked to give it back; the centre reviews. The clock keeps running. */
    RETURN_REQUESTED,
    /** 联席/审定: returned too often; the centre decides the department, and that decision is final. */
    COORDINATION,
    /** 答复: the department replied; the centre reviews the reply (答复审核). */
    REPLIED,
    /** The centre approved the reply: the call-back (回访) is due the next working day. */
    CALL_BACK_DUE,
    /** 回访 done (satisfied, or unreachable after the allowed attempts): the centre closes it. */
    CALLED_BACK,
    CLOSED;

    /** The stages in which the handling clock runs against the department: what overdue means. */
    public static final Set<TicketStatus> CLOCK_RUNNING = EnumSet.of(DISPATCHED, HANDLING, RETURN_REQUESTED);

    /**
     * The stages in which a ticket may have a lead department: dispatch sets it; a new ticket, an approved return and
     * an emergency hand-off have none (a third return clears it too; COORDINATION stays here all the same, so that a
     * work list never misses a led ticket). Work lists read led tickets only in these stages.
     */
    public static final Set<TicketStatus> LED = EnumSet.complementOf(EnumSet.of(RECEIVED, EMERGENCY_HANDED_OFF));

    /** Not finished: a repeat call from the same caller is merged into it (重复件). */
    public boolean open() {
        return this != CLOSED && this != EMERGENCY_HANDED_OFF;
    }

    public boolean clockRuns() {
        return CLOCK_RUNNING.contains(this);
    }
}
