package org.example.gov.cases.calendar;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * case-service's copy of the official calendar, owned by item-catalog-service. Due dates and warnings are computed
 * for thousands of cases per scan, so the arithmetic runs locally on this copy instead of one HTTP call per case.
 * The copy is refreshed from the catalogue at start-up, every {@code platform.cases.calendar-refresh} (default
 * 10 min) and whenever the catalogue announces a loaded year; each fetched year is also stored in our own schema,
 * so a restart while the catalogue is down still has the calendar it had before.
 */
@Component
public class CalendarReplica {

    private static final Logger log = LoggerFactory.getLogger(CalendarReplica.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** While there is no calendar at all, a request may trigger a fetch, but not more often than this after a failure. */
    private static final Duration RETRY_EMPTY = Duration.ofSeconds(15);

    private final RestClient http;
    private final CalendarCopyRepository copies;
    private final JsonMapper json;
    private volatile WorkingCalendar current = WorkingCalendar.EMPTY;
    /** When a fetch last failed with nothing stored to fall back on; 0 = never. */
    private volatile long lastEmptyFailureNanos;

    public CalendarReplica(@Value("${platform.clients.item-catalog.url}") String catalogUrl, CalendarCopyRepository copies,
            JsonMapper json) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(TIMEOUT).build());
        requests.setReadTimeout(TIMEOUT);
        this.http = RestClient.builder().baseUrl(catalogUrl).requestFactory(requests).build();
        this.copies = copies;
        this.json = json;
    }

    /**
     * The calendar as last loaded. Only while there is none at all (first use racing the start-up refresh, or a cold
     * start) does a caller wait for a fetch; after a failed one it gets the empty calendar (422) for a while instead of
     * every request hammering an unavailable catalogue.
     */
    public WorkingCalendar calendar() {
        WorkingCalendar calendar = current;
        if (calendar.years().isEmpty()) {
            synchronized (this) {
                boolean recentFailure = lastEmptyFailureNanos != 0
                        && System.nanoTime() - lastEmptyFailureNanos < RETRY_EMPTY.toNanos();
                if (current.years().isEmpty() && !recentFailure) {
                    refresh();
                }
                calendar = current;
            }
        }
        return calendar;
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${platform.cases.calendar-refresh:PT10M}")
    public synchronized void refresh() {
        Map<Integer, String> fetched = new TreeMap<>();
        try {
            List<YearSummary> years = http.get().uri("/api/calendar/years").retrieve()
                    .body(new ParameterizedTypeReference<List<YearSummary>>() { });
            for (YearSummary year : years == null ? List.<YearSummary>of() : years) {
                YearDocument document = http.get().uri("/api/calendar/years/{year}", year.year()).retrieve()
                        .body(YearDocument.class);
                if (document != null && document.days() != null) {
                    fetched.put(year.year(), json.writeValueAsString(document.days()));
                }
            }
            fetched.forEach(copies::save);
        } catch (RuntimeException e) {
            log.warn("Could not refresh the calendar from item-catalog-service ({}); using the stored copy", e.toString());
            fetched.clear();
        }
        // what was just fetched, whole; the stored copy only when the catalogue could not answer (another replica may
        // be writing the copy at this moment, so it is not read back after a successful fetch)
        current = build(fetched.isEmpty() ? copies.findAll() : fetched);
        lastEmptyFailureNanos = current.years().isEmpty() ? System.nanoTime() : 0;
    }

    private WorkingCalendar build(Map<Integer, String> yearsJson) {
        Map<LocalDate, Boolean> special = new HashMap<>();
        Set<Integer> years = new HashSet<>();
        yearsJson.forEach((year, daysJson) -> {
            years.add(year);
            for (Day day : json.readValue(daysJson, Day[].class)) {
                special.put(day.date(), day.isOffDay());
            }
        });
        return new WorkingCalendar(special, years);
    }

    record YearSummary(int year) {
    }

    record YearDocument(int year, List<Day> days) {
    }

    record Day(String name, LocalDate date, @JsonProperty("isOffDay") boolean isOffDay) {
    }
}
