package org.example.gov.cases.casefile;

/** The stages of a case (DOMAIN.md §4). */
public enum CaseStatus {
    /** 网上预审: an online application waits for a clerk's check of form and completeness (2 working days). */
    PRE_REVIEW,
    /** 收件: materials are complete; waiting for 受理. */
    RECEIVED,
    /** 补正: waiting for the applicant; the clock does not run. */
    SUPPLEMENT_PENDING,
    /** 受理: the clock runs from here. */
    ACCEPTED,
    /** 审查: one or more department steps. */
    IN_REVIEW,
    /** 特别程序 (hearing, testing, appraisal, expert review): the clock is paused. */
    SPECIAL_PROCEDURE,
    DECIDED,
    DELIVERED,
    CLOSED,
    NOT_ACCEPTED,
    WITHDRAWN;

    public boolean isOpen() {
        return this != CLOSED && this != NOT_ACCEPTED && this != WITHDRAWN;
    }

    /** The promised working days are being consumed. */
    public boolean clockRuns() {
        return this == ACCEPTED || this == IN_REVIEW;
    }

    /** Before 受理: received or pre-reviewed, the promised clock has not started. */
    public boolean beforeAcceptance() {
        return this == PRE_REVIEW || this == RECEIVED;
    }
}
