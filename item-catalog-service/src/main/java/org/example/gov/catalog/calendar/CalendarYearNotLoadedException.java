package org.example.gov.catalog.calendar;

import org.example.gov.platform.problem.PlatformException;

/**
 * 422 {@code CALENDAR_YEAR_NOT_LOADED}: a date (asked for, or reached while counting) lies in a year whose official
 * holiday schedule is not loaded. The calendar never guesses such a date with the Monday-Friday rule: the next
 * year's 调休 weekends are unknown until the State Council publishes them and an operator loads them.
 */
public class CalendarYearNotLoadedException extends PlatformException {

    public static final String CODE = "CALENDAR_YEAR_NOT_LOADED";

    private final int year;

    public CalendarYearNotLoadedException(int year) {
        // the year as text: MessageFormat would print an Integer as "2,027"
        super(422, CODE, "No holiday schedule is loaded for the year " + year
                + "; an operator must load it (PUT /api/calendar/years/" + year + ")", String.valueOf(year));
        this.year = year;
        property("year", year);
    }

    public int year() {
        return year;
    }
}
