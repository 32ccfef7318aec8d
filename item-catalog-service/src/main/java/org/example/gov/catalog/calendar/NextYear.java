package org.example.gov.catalog.calendar;

import java.time.LocalDate;
import java.time.MonthDay;

import org.example.gov.calendar.RegionalCalendars;

/**
 * Whether operators must be told to load next year's schedule. The State Council publishes it around November; until
 * an operator loads it, due dates that run into next year are weekends-only estimates. From {@code warnFrom} (a day
 * of the current year) until the year is loaded, {@code warning} is on: the years API says so, a gauge reads 1 and
 * the log gets one WARN line a day. Never a failing health check: the service keeps working on estimates.
 */
public record NextYear(int year, boolean loaded, boolean warning, LocalDate warnFrom) {

    public static NextYear of(LocalDate today, MonthDay warnFrom, RegionalCalendars calendars) {
        int next = today.getYear() + 1;
        boolean loaded = calendars.isLoaded(next);
        LocalDate from = warnFrom.atYear(today.getYear());
        return new NextYear(next, loaded, !loaded && !today.isBefore(from), from);
    }
}
