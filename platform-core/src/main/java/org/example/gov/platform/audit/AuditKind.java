package org.example.gov.platform.audit;

/** What an audit entry records (ENGINEERING.md §9: every security-relevant event). */
public enum AuditKind {
    /** A request without a valid token where one is needed (401). */
    UNAUTHENTICATED,
    /** A role or scope said no (403). */
    ACCESS_DENIED,
    /** A member of staff changed something (a case step, a ticket step, an item's review). */
    STAFF_ACTION,
    /** Personal data shown in full (unmasked) to someone. */
    PERSONAL_DATA_READ,
    /** Configuration or reference data changed (the calendar, a closed day). */
    CONFIGURATION_CHANGE,
    /** A partner city's machine-to-machine call. */
    PARTNER_CALL
}
