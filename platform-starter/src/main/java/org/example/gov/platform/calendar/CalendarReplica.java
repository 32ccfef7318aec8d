package org.example.gov.platform.calendar;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.example.gov.calendar.OfficialSchedules;
import org.example.gov.calendar.RegionalCalendars;
import org.example.gov.calendar.WorkingDayCalendar;
import org.example.gov.platform.events.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A service's local copy of the working-day calendar that item-catalog-service owns: every due date is counted in
 * memory on it ({@link #calendar(String)}), with no call to the catalogue per date.
 *
 * <ul>
 * <li><b>Kept in the service's own schema</b>, so a restart while the catalogue is down still has the calendar it had;
 * a service that has never reached the catalogue counts on the official years bundled with working-calendar.
 * <li><b>Refreshed</b> when the catalogue announces a loaded year or changed closed days (Kafka, a consumer group of
 * its own per service), every {@code platform.calendar.replica.refresh-interval} as a backstop, and at start-up.
 * <li>The service's <b>other replicas</b> see the stored revision move (checked every
 * {@code platform.calendar.replica.check-interval}) and rebuild their memory from the stored copy.
 * <li>After a change, {@link CalendarChangeListener}s recompute what was counted provisionally.
 * </ul>
 */
public class CalendarReplica implements SmartLifecycle {

    public static final String TOPIC = "gov.catalog.events";
    public static final String YEAR_LOADED = "gov.catalog.calendar-year-loaded.v1";
    public static final String CLOSED_DAYS_CHANGED = "gov.catalog.calendar-closed-days-changed.v1";

    private static final Logger log = LoggerFactory.getLogger(CalendarReplica.class);

    private final CatalogCalendarSource source;
    private final CalendarReplicaRepository stored;
    private final TransactionTemplate transactions;
    private final ObjectProvider<CalendarChangeListener> listeners;
    private final Clock clock;
    private final Duration refreshInterval;
    private final Duration checkInterval;
    private volatile ScheduledExecutorService scheduler;
    private volatile RegionalCalendars current;
    /** The stored revision {@link #current} was built from; -1 = built from the bundled files, nothing stored. */
    private volatile long revision = -1;

    CalendarReplica(CatalogCalendarSource source, CalendarReplicaRepository stored, TransactionTemplate transactions,
            ObjectProvider<CalendarChangeListener> listeners, Clock clock, Duration refreshInterval, Duration checkInterval) {
        this.source = source;
        this.stored = stored;
        this.transactions = transactions;
        this.listeners = listeners;
        this.clock = clock;
        this.refreshInterval = refreshInterval;
        this.checkInterval = checkInterval;
    }

    /** The calendar of a region's halls: the national one plus the region's closed days ({@code null} = national). */
    public WorkingDayCalendar calendar(String region) {
        return calendars().of(region);
    }

    /** The national calendar. */
    public WorkingDayCalendar calendar() {
        return calendars().national();
    }

    public RegionalCalendars calendars() {
        RegionalCalendars calendars = current;
        if (calendars == null) {
            synchronized (this) {
                if (current == null) {
                    loadStored();
                }
                calendars = current;
            }
        }
        return calendars;
    }

    /**
     * Fetches the whole calendar from the catalogue; stores it and tells the listeners when it differs from the
     * stored copy. A failure keeps what the service had (logged): counting goes on, provisionally where needed.
     *
     * @return true if the calendar changed
     */
    public synchronized boolean refresh() {
        CalendarContent fetched;
        try {
            fetched = source.fetch(); // outside any transaction: the catalogue may be slow
        } catch (RuntimeException e) {
            calendars();
            log.warn("Could not refresh the working-day calendar from item-catalog-service ({}); counting on {}",
                    e.toString(), revision < 0 ? "the bundled official years" : "the stored copy of revision " + revision);
            return false;
        }
        String fingerprint = fetched.fingerprint();
        Long changedTo = transactions.execute(status -> {
            CalendarReplicaRepository.State state = stored.lockState();
            if (state.fingerprint().equals(fingerprint)) {
                return state.revision() == revision ? null : state.revision();
            }
            stored.replace(fetched, fingerprint, state.revision() + 1, clock.instant());
            return state.revision() + 1;
        });
        if (changedTo == null) {
            return false;
        }
        swap(fetched, changedTo);
        return true;
    }

    /** Rebuilds the memory when another replica of this service stored a newer copy. */
    public synchronized boolean checkStored() {
        if (stored.state().revision() == revision) {
            return false;
        }
        loadStored();
        notifyListeners();
        return true;
    }

    /**
     * After an event, fetches again at these delays while the fetch brings nothing new (or fails): the event may
     * arrive before the catalogue serves the change (its relay can beat its own in-memory rebuild, and another
     * catalogue replica picks a change up a few seconds later), and the backstop refresh is minutes away.
     */
    static final List<Duration> EVENT_RETRY_DELAYS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(3),
            Duration.ofSeconds(10), Duration.ofSeconds(30));

    /**
     * A calendar event from the catalogue: refresh now, and again a few times while nothing new arrives (an event
     * that carries no change costs a few small fetches).
     */
    @KafkaListener(topics = TOPIC, groupId = "${spring.application.name}-calendar-replica",
            autoStartup = "${platform.calendar.replica.listen:true}")
    void onCatalogEvent(ConsumerRecord<String, byte[]> record) {
        String type;
        try {
            type = IncomingEvent.from(record).type();
        } catch (RuntimeException notACloudEvent) {
            return;
        }
        if (YEAR_LOADED.equals(type) || CLOSED_DAYS_CHANGED.equals(type)) {
            // the recomputation may be long: on the replica's thread, not the consumer's (max.poll.interval)
            ScheduledExecutorService running = scheduler;
            if (running != null) {
                running.execute(() -> refreshAfterEvent(running, 0));
            } else {
                refreshQuietly();
            }
        }
    }

    private void refreshAfterEvent(ScheduledExecutorService running, int attempt) {
        if (!refreshQuietly() && attempt < EVENT_RETRY_DELAYS.size() && !running.isShutdown()) {
            running.schedule(() -> refreshAfterEvent(running, attempt + 1), EVENT_RETRY_DELAYS.get(attempt).toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private void loadStored() {
        CalendarReplicaRepository.State state = stored.state();
        CalendarContent content = state.revision() == 0 ? null : stored.load();
        if (content == null || content.years().isEmpty()) {
            content = new CalendarContent(OfficialSchedules.bundled(), List.of());
            log.warn("No stored copy of the working-day calendar yet: counting on the bundled official years {} until "
                    + "item-catalog-service answers", content.calendars().loadedYears());
            current = content.calendars();
            revision = state.revision() == 0 ? -1 : state.revision();
            return;
        }
        current = content.calendars();
        revision = state.revision();
    }

    private void swap(CalendarContent content, long newRevision) {
        current = content.calendars();
        revision = newRevision;
        log.info("Working-day calendar now at revision {}: years {}, {} closed day(s)", newRevision,
                current.loadedYears(), content.closedDays().size());
    }

    private void notifyListeners() {
        RegionalCalendars calendars = calendars();
        listeners.orderedStream().forEach(listener -> {
            try {
                listener.calendarChanged(calendars);
            } catch (RuntimeException e) {
                log.warn("{} could not catch up with the calendar change; it is retried at the next change or start: {}",
                        listener.getClass().getSimpleName(), e.toString());
            }
        });
    }

    // ---------------------------------------------------------------- lifecycle

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("calendar-replica").daemon().factory());
        // first fetch at once, then the listeners catch up with anything missed while the service was down
        scheduler.execute(() -> {
            refresh();
            notifyListeners();
        });
        scheduler.scheduleWithFixedDelay(this::refreshQuietly, refreshInterval.toMillis(), refreshInterval.toMillis(),
                TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(this::checkQuietly, checkInterval.toMillis(), checkInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** @return true if the calendar changed (and the listeners were told) */
    private boolean refreshQuietly() {
        try {
            if (refresh()) {
                notifyListeners();
                return true;
            }
        } catch (RuntimeException e) {
            log.warn("Calendar refresh failed: {}", e.toString());
        }
        return false;
    }

    private void checkQuietly() {
        try {
            checkStored();
        } catch (RuntimeException e) {
            log.warn("Calendar revision check failed: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
