package org.example.gov.calendar;

/**
 * A date (asked for, or reached while counting) lies in a year whose official holiday schedule is not loaded, and
 * the caller wanted an exact answer. Services answer it as 422 {@value #CODE} (platform-starter maps it). The
 * calendar never passes a Monday-Friday guess off as exact: next year's 调休 weekends are unknown until the State
 * Council publishes them and an operator loads them. Callers that must not wait for that (a legal act such as
 * accepting a case) take the estimate instead: {@link WorkingDate#provisional()}.
 */
public class CalendarYearNotLoadedException extends RuntimeException {

    public static final String CODE = "CALENDAR_YEAR_NOT_LOADED";

    private final int year;

    public CalendarYearNotLoadedException(int year) {
        super("No holiday schedule is loaded for the year " + year
                + "; an operator must load it (PUT /api/calendar/years/" + year + ")");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
