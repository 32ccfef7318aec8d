package org.example.gov.catalog.calendar;

import java.time.Duration;

import org.example.gov.catalog.config.RefreshingCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Start-up and upkeep of the in-memory calendar: before the web server takes requests, stores the bundled official
 * schedules whose years have no row yet and builds the calendar; while running, checks the stored revision every
 * {@code catalog.calendar.refresh-interval} so a change made on another replica reaches this one.
 */
@Component
public class CalendarLifecycle extends RefreshingCache {

    private final CalendarService calendar;
    private final BundledScheduleRepository bundled;

    public CalendarLifecycle(CalendarService calendar, BundledScheduleRepository bundled,
            @Value("${catalog.calendar.refresh-interval:30s}") Duration refreshInterval) {
        super("calendar", refreshInterval);
        this.calendar = calendar;
        this.bundled = bundled;
    }

    @Override
    protected void load() {
        calendar.loadDefaults(bundled.findAll());
        calendar.refresh();
    }

    @Override
    protected void refresh() {
        calendar.refresh();
    }
}
