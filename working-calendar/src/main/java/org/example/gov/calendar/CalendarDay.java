package org.example.gov.calendar;

import java.time.LocalDate;

/**
 * One date of the calendar: whether it is worked, and why not ({@code holiday}: the festival name from the official
 * schedule, else a region's closure reason; null on a working day and an ordinary weekend). {@code provisional}
 * when the date's year is not loaded and the answer is the weekends-only estimate.
 */
public record CalendarDay(LocalDate date, boolean workingDay, String holiday, boolean provisional) {

    /** @throws CalendarYearNotLoadedException if the answer is only an estimate */
    public CalendarDay exact() {
        if (provisional) {
            throw new CalendarYearNotLoadedException(date.getYear());
        }
        return this;
    }
}
