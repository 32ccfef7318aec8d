package org.example.gov.catalog.calendar;

import java.time.Instant;

import org.example.gov.calendar.YearSchedule;

/** A year's schedule as stored: the schedule itself, where it came from, who loaded it and when. */
public record LoadedYear(YearSchedule schedule, ScheduleSource source, String loadedBy, Instant loadedAt) {

    public int year() {
        return schedule.year();
    }
}
