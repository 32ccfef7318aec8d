package org.example.gov.hotline.ticket;

import java.util.Set;

import org.example.gov.platform.security.Role;

/**
 * Named transitions of a ticket with the roles that may perform them and the event each one publishes (schemas in
 * contracts/events/hotline). Actions without roles are the system's (the supervision jobs, the reopening that follows
 * an unsatisfied call-back): nobody may ask for them.
 */
public enum TicketAction {
    CREATE("create", "gov.hotline.ticket-created.v1", Set.of(Role.HOTLINE_AGENT, Role.APPLICANT)),
    HAND_OFF_EMERGENCY("emergency-handoff", "gov.hotline.emergency-handed-off.v1", Set.of(Role.HOTLINE_AGENT)),
    /** 直接答复: a consult closed at once from a knowledge article. */
    DIRECT_ANSWER("direct-answer", "gov.hotline.ticket-answered-directly.v1", Set.of(Role.HOTLINE_AGENT)),
    /** 重复件: a repeat call of the same caller about this open matter merged at intake (催单 +1, no new ticket). */
    MERGE("merge", "gov.hotline.ticket-merged.v1", Set.of(Role.HOTLINE_AGENT, Role.APPLICANT)),
    DISPATCH("dispatch", "gov.hotline.ticket-dispatched.v1", Set.of(Role.HOTLINE_AGENT)),
    REMIND_TO_SIGN("remind-to-sign", "gov.hotline.sign-reminded.v1", Set.of()),
    SIGN("sign", "gov.hotline.ticket-signed.v1", Set.of(Role.HOTLINE_HANDLER)),
    RETURN("return", "gov.hotline.ticket-returned.v1", Set.of(Role.HOTLINE_HANDLER)),
    APPROVE_RETURN("approve-return", "gov.hotline.return-approved.v1", Set.of(Role.HOTLINE_AGENT)),
    REJECT_RETURN("reject-return", "gov.hotline.return-rejected.v1", Set.of(Role.HOTLINE_AGENT)),
    COORDINATE("coordinate", "gov.hotline.coordination-decided.v1", Set.of(Role.HOTLINE_AGENT)),
    REPLY("reply", "gov.hotline.ticket-replied.v1", Set.of(Role.HOTLINE_HANDLER)),
    /** 答复审核: the centre approves the reply; the call-back is due the next working day. */
    APPROVE_REPLY("reply-approval", "gov.hotline.reply-approved.v1", Set.of(Role.HOTLINE_AGENT)),
    /** The centre sends the reply back to the department (reason; deadline unchanged; counted). */
    SEND_BACK_REPLY("reply-send-back", "gov.hotline.reply-sent-back.v1", Set.of(Role.HOTLINE_AGENT)),
    /** 延期申请 by the lead department before the deadline. */
    REQUEST_EXTENSION("extension-request", "gov.hotline.extension-requested.v1", Set.of(Role.HOTLINE_HANDLER)),
    APPROVE_EXTENSION("extension-approval", "gov.hotline.extension-approved.v1", Set.of(Role.HOTLINE_AGENT)),
    REJECT_EXTENSION("extension-rejection", "gov.hotline.extension-rejected.v1", Set.of(Role.HOTLINE_AGENT)),
    /**
     * The caller is to be told (the new due date after an approved extension). No SMS gateway exists on the platform:
     * the event is the notice, recorded in the outbox for a notifier to deliver.
     */
    INFORM_CALLER("inform-caller", "gov.hotline.caller-notice-requested.v1", Set.of()),
    /** 敏感件: the centre flags a ticket as sensitive, with a reason; it is supervised. */
    FLAG_SENSITIVE("sensitive-flag", "gov.hotline.ticket-flagged-sensitive.v1", Set.of(Role.HOTLINE_AGENT)),
    /** 临期预警: the due date is near (once per deadline). */
    WARN_APPROACHING("warn-approaching", "gov.hotline.deadline-approaching.v1", Set.of()),
    /** case-service confirmed the case a ticket names, after an intake it could not answer. */
    VERIFY_CASE_REFERENCE("case-reference-verification", "gov.hotline.case-reference-verified.v1",
            Set.of(Role.HOTLINE_AGENT)),
    CALL_BACK("call-back", "gov.hotline.ticket-called-back.v1", Set.of(Role.HOTLINE_AGENT)),
    REOPEN("reopen", "gov.hotline.ticket-reopened.v1", Set.of()),
    CLOSE("close", "gov.hotline.ticket-closed.v1", Set.of(Role.HOTLINE_AGENT)),
    MARK_OVERDUE("mark-overdue", "gov.hotline.ticket-overdue.v1", Set.of()),
    /** The system counted a provisional due date again once its calendar year was loaded. */
    RECOUNT_DEADLINE("recount-deadline", "gov.hotline.due-date-recomputed.v1", Set.of());

    private final String label;
    private final String eventType;
    private final Set<Role> roles;

    TicketAction(String label, String eventType, Set<Role> roles) {
        this.label = label;
        this.eventType = eventType;
        this.roles = roles;
    }

    public String label() {
        return label;
    }

    public String eventType() {
        return eventType;
    }

    public Set<Role> roles() {
        return roles;
    }

    /** Done by the platform itself, never requested. */
    public boolean bySystem() {
        return roles.isEmpty();
    }
}
