package org.example.gov.catalog.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.example.gov.calendar.ClosedDay;
import org.example.gov.calendar.HolidayScheduleDocument;
import org.example.gov.calendar.RegionalCalendars;
import org.example.gov.calendar.WorkingDayCalendar;
import org.example.gov.calendar.YearSchedule;
import org.example.gov.platform.audit.AuditKind;
import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.ForbiddenException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.scope.RegionCode;
import org.example.gov.platform.scope.ScopePolicy;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transaction boundary for calendar changes, and the in-memory calendar every deadline computation reads.
 *
 * <p>Reads never touch the database: they use an immutable {@link Snapshot} (the {@link RegionalCalendars} built by
 * working-calendar, and the year summaries). Every change bumps {@code calendar_revision} in its transaction and
 * rebuilds the snapshot right after commit; {@link CalendarLifecycle} also compares the stored revision every few
 * seconds, so the other replicas of this service pick up a change made on one of them.
 */
@Service
public class CalendarService {

    private static final Logger log = LoggerFactory.getLogger(CalendarService.class);

    private final CalendarRepository repository;
    private final Outbox outbox;
    private final Clock clock;
    private final AuditTrail audit;
    private final TransactionTemplate freshRead;
    private volatile Snapshot snapshot;

    public CalendarService(CalendarRepository repository, Outbox outbox, Clock clock, PlatformTransactionManager transactions,
            AuditTrail audit) {
        this.audit = audit;
        this.repository = repository;
        this.outbox = outbox;
        this.clock = clock;
        // after commit the finished transaction is still bound to the thread: read in a new one
        this.freshRead = new TransactionTemplate(transactions);
        this.freshRead.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.freshRead.setReadOnly(true);
    }

    /** What the calendar serves until the next change: immutable, shared by all requests. */
    record Snapshot(long revision, RegionalCalendars calendars, Map<Integer, LoadedYear> years) {
    }

    // ---------------------------------------------------------------- reads (memory only)

    /** The calendar of a region: the national one plus the region's closed days ({@code null} region = national). */
    public WorkingDayCalendar calendar(String region) {
        return snapshot().calendars().of(region);
    }

    /** The national and every region's calendar, as one immutable value. */
    public RegionalCalendars calendars() {
        return snapshot().calendars();
    }

    public List<LoadedYear> years() {
        return List.copyOf(snapshot().years().values());
    }

    public LoadedYear year(int year) {
        LoadedYear loaded = snapshot().years().get(year);
        if (loaded == null) {
            throw new NotFoundException("CALENDAR_YEAR_NOT_FOUND", "No holiday schedule is loaded for the year " + year,
                    String.valueOf(year));
        }
        return loaded;
    }

    public List<ClosedDay> closedDays(String region) {
        return snapshot().calendars().closedDays(region);
    }

    /** Every region's closed days, ordered by region and date. */
    public List<ClosedDay> closedDays() {
        return snapshot().calendars().closedDays();
    }

    // ---------------------------------------------------------------- changes

    /**
     * Loads or replaces a year (an operator's load of next year's schedule, or a correction). The body's year must
     * be the addressed one. Publishes {@value CalendarEvents#YEAR_LOADED}.
     */
    @Transactional
    public LoadedYear loadYear(int year, HolidayScheduleDocument document, Actor actor) {
        requireProvincialOperator(actor);
        if (document.year() != null && document.year() != year) {
            throw new BusinessRuleViolationException("CALENDAR_YEAR_MISMATCH", "year",
                    "The body is the schedule of " + document.year() + ", not of " + year,
                    String.valueOf(document.year()), String.valueOf(year));
        }
        YearSchedule schedule = document.toSchedule();
        long revision = repository.lockRevision();
        LoadedYear loaded = new LoadedYear(schedule, ScheduleSource.OPERATOR, actor.id(), now());
        store(loaded);
        changed(revision);
        audit.record(AuditKind.CONFIGURATION_CHANGE, "DONE", actor, "calendar.year-loaded", "calendar-year",
                String.valueOf(year), null, null);
        log.info("Holiday schedule {} loaded by {}: {} off days, {} adjusted working days, {} working days", year,
                actor.id(), schedule.offDays(), schedule.adjustedWorkingDays(), schedule.workingDays());
        return loaded;
    }

    /**
     * The State Council's schedule holds for every region and every service's deadlines: a city's operator would
     * otherwise change the working days of every other city. Closed days stay with each region's operators.
     */
    private static void requireProvincialOperator(Actor actor) {
        boolean provincial = ScopePolicy.of(actor, Set.of(Role.OPERATOR)).regionsAndBelow().stream()
                .anyMatch(region -> region.level() == RegionCode.Level.PROVINCE);
        if (!provincial) {
            throw new ForbiddenException("CALENDAR_YEAR_PROVINCE_ONLY", null,
                    "Only an operator of a province may load or correct a year's holiday schedule", String.valueOf(actor.region()));
        }
    }

    /**
     * Stores each bundled official schedule whose year has no row yet; a year already there (an earlier default or
     * an operator's correction) is left alone. Returns the years stored.
     */
    @Transactional
    public List<Integer> loadDefaults(Collection<YearSchedule> defaults) {
        long revision = repository.lockRevision();
        List<Integer> stored = new ArrayList<>();
        for (YearSchedule schedule : defaults) {
            if (!repository.yearExists(schedule.year())) {
                store(new LoadedYear(schedule, ScheduleSource.DEFAULT, null, now()));
                stored.add(schedule.year());
            }
        }
        if (!stored.isEmpty()) {
            changed(revision);
            log.info("Loaded the bundled official holiday schedules for {}", stored);
        }
        return stored;
    }

    /**
     * Closes a region's halls on a date (or changes the reason of an existing closure), for an operator whose scope
     * covers the region ({@link ClosedDayPolicy}). Publishes
     * {@value CalendarEvents#CLOSED_DAYS_CHANGED}.
     */
    @Transactional
    public ClosedDay closeDay(String region, LocalDate date, String reason, Actor actor) {
        ClosedDayPolicy.requireOperatorReaches(actor, region);
        ClosedDay day = new ClosedDay(region, date, reason);
        long revision = repository.lockRevision();
        Instant now = now();
        repository.saveClosedDay(day, actor.id(), now);
        closedDaysChanged(region, actor, now);
        changed(revision);
        audit.record(AuditKind.CONFIGURATION_CHANGE, "DONE", actor, "calendar.day-closed", "closed-day",
                region + "/" + date, null, null);
        return day;
    }

    /** Removes a region's closed day (same operator rule as closing). Publishes {@value CalendarEvents#CLOSED_DAYS_CHANGED}. */
    @Transactional
    public void reopenDay(String region, LocalDate date, Actor actor) {
        ClosedDayPolicy.requireOperatorReaches(actor, region);
        long revision = repository.lockRevision();
        if (!repository.deleteClosedDay(region, date)) {
            throw new NotFoundException("CALENDAR_CLOSED_DAY_NOT_FOUND", "Region " + region + " has no closed day on " + date,
                    region, date.toString());
        }
        closedDaysChanged(region, actor, now());
        changed(revision);
        audit.record(AuditKind.CONFIGURATION_CHANGE, "DONE", actor, "calendar.day-reopened", "closed-day",
                region + "/" + date, null, null);
    }

    /** The region's whole list after the change, read in the change's transaction (the revision lock orders changes). */
    private void closedDaysChanged(String region, Actor actor, Instant at) {
        outbox.publish(CalendarEvents.TOPIC, CalendarEvents.CLOSED_DAYS_CHANGED, region,
                CalendarEvents.CalendarClosedDaysChanged.of(region, repository.findClosedDays(region), actor.id(), at));
    }

    private void store(LoadedYear loaded) {
        repository.replaceYear(loaded);
        outbox.publish(CalendarEvents.TOPIC, CalendarEvents.YEAR_LOADED, String.valueOf(loaded.year()),
                CalendarEvents.CalendarYearLoaded.of(loaded));
    }

    private void changed(long revision) {
        repository.setRevision(revision + 1);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    refreshQuietly();
                }

                /** Before the outbox relay wakes: a replica that hears the event at once must fetch the new calendar. */
                @Override
                public int getOrder() {
                    return Ordered.HIGHEST_PRECEDENCE;
                }
            });
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    // ---------------------------------------------------------------- the in-memory calendar

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            refresh();
            current = snapshot;
        }
        return current;
    }

    /** Rebuilds the in-memory calendar when the stored revision differs from the one it was built from. */
    public void refresh() {
        synchronized (this) {
            Snapshot current = snapshot;
            Long stored = freshRead.execute(status -> repository.revision());
            if (current != null && stored != null && stored <= current.revision()) {
                return;
            }
            snapshot = freshRead.execute(status -> build(repository.revision(), repository.findAllYears(),
                    repository.findAllClosedDays()));
            log.debug("Calendar rebuilt at revision {}: years {}", snapshot.revision(), snapshot.years().keySet());
        }
    }

    /** After a commit the change is stored; a failed rebuild is retried by the periodic check, never reported as a failed change. */
    void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("Could not rebuild the calendar after a change; the periodic check will retry: {}", e.toString());
        }
    }

    static Snapshot build(long revision, List<LoadedYear> years, List<ClosedDay> closedDays) {
        Map<Integer, LoadedYear> byYear = new TreeMap<>();
        years.forEach(y -> byYear.put(y.year(), y));
        return new Snapshot(revision, RegionalCalendars.of(years.stream().map(LoadedYear::schedule).toList(), closedDays),
                Collections.unmodifiableMap(byYear));
    }
}
