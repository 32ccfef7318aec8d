package org.example.gov.platform.scope;

/**
 * How far a role reaches over scoped objects (DOMAIN.md §1, ENGINEERING.md §9): each {@link
 * org.example.gov.platform.security.Role} has one, so the rule lives in one place and every service applies the
 * same.
 */
public enum Reach {
    /** Only objects that name the actor themself (an applicant's own case, a partner's forwarded ones): checked per object. */
    OWN,
    /** Objects of the actor's own region, any department (a window clerk's 综合受理 for every department of the hall). */
    REGION,
    /** Objects of the actor's department in the actor's region (an approver's back office). */
    DEPARTMENT,
    /** The actor's region and every region below it (a supervisor; at 440000 the whole province). */
    REGION_AND_BELOW
}
