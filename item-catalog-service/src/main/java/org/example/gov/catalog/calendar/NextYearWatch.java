package org.example.gov.catalog.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.example.gov.calendar.ShanghaiDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells operators in time that next year's schedule is missing ({@link NextYear}): the gauge
 * {@value #GAUGE} (1 while the warning is on, computed from the in-memory calendar and the clock at scrape time),
 * and one WARN line a day, checked by {@link CalendarLifecycle}'s periodic refresh. Deliberately no health
 * indicator: the service keeps answering (estimates are flagged), so readiness must stay up.
 */
@Component
public class NextYearWatch {

    static final String GAUGE = "calendar.next.year.missing";
    private static final Logger log = LoggerFactory.getLogger(NextYearWatch.class);

    private final CalendarService calendar;
    private final Clock clock;
    private final MonthDay warnFrom;
    private LocalDate lastWarned;

    public NextYearWatch(CalendarService calendar, Clock clock, MeterRegistry meters,
            @Value("${catalog.calendar.next-year-warning-from:--11-01}") MonthDay warnFrom) {
        this.calendar = calendar;
        this.clock = clock;
        this.warnFrom = warnFrom;
        Gauge.builder(GAUGE, this, watch -> watch.status().warning() ? 1 : 0)
                .description("1 from catalog.calendar.next-year-warning-from until next year's holiday schedule is loaded")
                .register(meters);
    }

    public NextYear status() {
        return NextYear.of(ShanghaiDate.today(clock), warnFrom, calendar.calendars());
    }

    /** Logs the warning at most once per (Beijing) day; returns whether it logged now. */
    public synchronized boolean warnOncePerDay() {
        NextYear next = status();
        LocalDate today = ShanghaiDate.today(clock);
        if (!next.warning() || today.equals(lastWarned)) {
            return false;
        }
        lastWarned = today;
        log.warn("The holiday schedule of {} is not loaded: due dates running into {} are weekends-only estimates "
                + "(provisional) until an operator loads it with PUT /api/calendar/years/{}", next.year(), next.year(),
                next.year());
        return true;
    }
}
