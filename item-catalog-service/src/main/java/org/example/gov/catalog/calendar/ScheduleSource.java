package org.example.gov.catalog.calendar;

/** Where a loaded year came from. */
public enum ScheduleSource {
    /** The official schedule bundled with the service, loaded at start-up when the year had no row yet. */
    DEFAULT,
    /** Loaded or corrected by an operator through the API; never overwritten by the bundled default. */
    OPERATOR
}
