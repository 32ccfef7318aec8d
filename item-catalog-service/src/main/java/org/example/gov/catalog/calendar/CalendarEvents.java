package org.example.gov.catalog.calendar;

import java.time.Instant;

/** Events the calendar publishes (schema: contracts/events/catalog/gov.catalog.calendar-year-loaded.v1.json). */
public final class CalendarEvents {

    public static final String TOPIC = "gov.catalog.events";
    public static final String YEAR_LOADED = "gov.catalog.calendar-year-loaded.v1";

    private CalendarEvents() {
    }

    /**
     * A year's schedule was loaded or replaced (subject = the year). Services that keep their own copy of the
     * calendar drop it and fetch {@code GET /api/calendar/years/{year}}.
     *
     * @param days                the listed dates (off days + adjusted working days)
     * @param workingDays         working days in the whole year under the new schedule
     * @param source              DEFAULT (bundled official file at start-up) or OPERATOR
     */
    public record CalendarYearLoaded(int year, int days, int offDays, int adjustedWorkingDays, int workingDays,
            String source, String loadedBy, Instant loadedAt) {

        static CalendarYearLoaded of(LoadedYear loaded) {
            YearSchedule schedule = loaded.schedule();
            return new CalendarYearLoaded(schedule.year(), schedule.days().size(), schedule.offDays(),
                    schedule.adjustedWorkingDays(), schedule.workingDays(), loaded.source().name(), loaded.loadedBy(),
                    loaded.loadedAt());
        }
    }
}
