package org.example.gov.catalog.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.example.gov.calendar.ClosedDay;
import org.example.gov.calendar.YearSchedule;

/** Events the calendar publishes (schemas: contracts/events/catalog/gov.catalog.calendar-*.v1.json). */
public final class CalendarEvents {

    public static final String TOPIC = "gov.catalog.events";
    public static final String YEAR_LOADED = "gov.catalog.calendar-year-loaded.v1";
    public static final String CLOSED_DAYS_CHANGED = "gov.catalog.calendar-closed-days-changed.v1";

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

    /**
     * An operator closed or reopened one of a region's days (subject = the region). {@code closedDays} is the
     * region's whole list after the change, so a consumer replaces its copy instead of applying a delta (a lost or
     * repeated event then cannot leave a stale day behind).
     */
    public record CalendarClosedDaysChanged(String region, List<ClosedDate> closedDays, String changedBy, Instant changedAt) {

        public record ClosedDate(LocalDate date, String reason) {
        }

        static CalendarClosedDaysChanged of(String region, List<ClosedDay> days, String changedBy, Instant changedAt) {
            return new CalendarClosedDaysChanged(region, days.stream().map(d -> new ClosedDate(d.date(), d.reason())).toList(),
                    changedBy, changedAt);
        }
    }
}
