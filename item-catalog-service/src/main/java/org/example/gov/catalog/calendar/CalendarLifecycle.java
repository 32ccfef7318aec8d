package org.example.gov.catalog.calendar;

import java.time.Duration;

import org.example.gov.calendar.OfficialSchedules;
import org.example.gov.catalog.config.RefreshingCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Start-up and upkeep of the in-memory calendar: before the web server takes requests, stores the official
 * schedules bundled in working-calendar whose years have no row yet and builds the calendar; while running, checks
 * the stored revision every {@code catalog.calendar.refresh-interval} so a change made on another replica reaches
 * this one, and warns (once a day) while next year's schedule is missing.
 */
@Component
public class CalendarLifecycle extends RefreshingCache {

    private final CalendarService calendar;
    private final NextYearWatch nextYear;

    public CalendarLifecycle(CalendarService calendar, NextYearWatch nextYear,
            @Value("${catalog.calendar.refresh-interval:30s}") Duration refreshInterval) {
        super("calendar", refreshInterval);
        this.calendar = calendar;
        this.nextYear = nextYear;
    }

    @Override
    protected void load() {
        calendar.loadDefaults(OfficialSchedules.bundled());
        calendar.refresh();
        nextYear.warnOncePerDay();
    }

    @Override
    protected void refresh() {
        calendar.refresh();
        nextYear.warnOncePerDay();
    }
}
