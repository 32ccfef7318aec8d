package org.example.gov.cases.casefile;

import java.util.Set;

import org.example.gov.platform.security.Role;

/**
 * Named transitions with the roles that may perform them and the event each one publishes. The labels are what
 * clients see in {@code allowedActions} and in 409 problems; the event types are the contract in contracts/events/case.
 */
public enum CaseAction {
    SUBMIT("submit", "gov.case.submitted.v1", Set.of(Role.APPLICANT, Role.CLERK, Role.PARTNER)),
    /**
     * 预审通过 of an online application, by a clerk of the case's region. A partner's forwarded case is received when it
     * is submitted (the partner checked it), so a partner never receives anyone's case here.
     */
    RECEIVE("receive", "gov.case.received.v1", Set.of(Role.CLERK)),
    REQUEST_SUPPLEMENT("request-supplement", "gov.case.supplement-requested.v1", Set.of(Role.CLERK, Role.APPROVER)),
    PROVIDE_SUPPLEMENT("provide-supplement", "gov.case.supplement-provided.v1", Set.of(Role.APPLICANT, Role.CLERK)),
    ACCEPT("accept", "gov.case.accepted.v1", Set.of(Role.CLERK)),
    NOT_ACCEPT("not-accept", "gov.case.not-accepted.v1", Set.of(Role.CLERK)),
    REVIEW_STEP("review-step", "gov.case.review-step-recorded.v1", Set.of(Role.APPROVER)),
    START_SPECIAL_PROCEDURE("start-special-procedure", "gov.case.special-procedure-started.v1", Set.of(Role.APPROVER)),
    END_SPECIAL_PROCEDURE("end-special-procedure", "gov.case.special-procedure-ended.v1", Set.of(Role.APPROVER)),
    EXTEND("extend", "gov.case.extended.v1", Set.of(Role.APPROVER)),
    DECIDE("decide", "gov.case.decided.v1", Set.of(Role.APPROVER)),
    DELIVER("deliver", "gov.case.delivered.v1", Set.of(Role.CLERK)),
    CLOSE("close", "gov.case.closed.v1", Set.of(Role.CLERK)),
    WITHDRAW("withdraw", "gov.case.withdrawn.v1", Set.of(Role.APPLICANT)),
    /** The system recounted a provisional date once its calendar year was loaded; nobody may ask for it. */
    RECOMPUTE_DATES("recompute-dates", "gov.case.due-date-recomputed.v1", Set.of());

    private final String label;
    private final String eventType;
    private final Set<Role> roles;

    CaseAction(String label, String eventType, Set<Role> roles) {
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
}
