package org.example.gov.cases.casefile;

import java.time.LocalDate;

/**
 * A counted date of a case recounted by the system on a newer calendar (typically: the year it ran into is now
 * loaded, so the weekends-only estimate gives way to the exact date). Carried by the history entry and its event
 * gov.case.due-date-recomputed.v1.
 *
 * @param provisional whether the new date is still an estimate (it runs into another year not loaded)
 */
public record RecomputedDate(Which date, LocalDate previousDate, boolean previousProvisional, LocalDate newDate,
        boolean provisional) {

    /** Which date of the case: the promised due date (受理 clock) or the 网上预审 due date. */
    public enum Which { DEADLINE, PRE_REVIEW }

    String note() {
        return date + " " + previousDate + (previousProvisional ? " (provisional)" : "") + " → " + newDate
                + (provisional ? " (provisional)" : " (exact)");
    }
}
