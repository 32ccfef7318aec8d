package org.example.gov.catalog.calendar;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Start-up and upkeep of the in-memory calendar: before the web server takes requests, stores the bundled official
 * schedules whose years have no row yet and builds the calendar; while running, checks the stored revision every
 * {@code catalog.calendar.refresh-interval} so a change made on another replica reaches this one.
 */
@Component
public class CalendarLifecycle implements SmartInitializingSingleton, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CalendarLifecycle.class);

    private final CalendarService calendar;
    private final BundledScheduleRepository bundled;
    private final Duration refreshInterval;
    private ScheduledExecutorService refresher;
    private boolean running;

    public CalendarLifecycle(CalendarService calendar, BundledScheduleRepository bundled,
            @Value("${catalog.calendar.refresh-interval:30s}") Duration refreshInterval) {
        this.calendar = calendar;
        this.bundled = bundled;
        this.refreshInterval = refreshInterval;
    }

    @Override
    public void afterSingletonsInstantiated() {
        calendar.loadDefaults(bundled.findAll());
        calendar.refresh();
    }

    @Override
    public synchronized void start() {
        running = true;
        if (refresher != null || refreshInterval.isZero() || refreshInterval.isNegative()) {
            return;
        }
        refresher = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("calendar-refresh").daemon().factory());
        refresher.scheduleWithFixedDelay(this::refresh, refreshInterval.toMillis(), refreshInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void refresh() {
        try {
            calendar.refresh();
        } catch (RuntimeException e) {
            log.warn("Calendar revision check failed; serving the calendar in memory: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (refresher != null) {
            refresher.shutdownNow();
            refresher = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return running;
    }
}
