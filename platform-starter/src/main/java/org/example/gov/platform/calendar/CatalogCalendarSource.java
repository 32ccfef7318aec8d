package org.example.gov.platform.calendar;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.example.gov.calendar.ClosedDay;
import org.example.gov.calendar.OfficialSchedules;
import org.example.gov.calendar.YearSchedule;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the whole calendar from item-catalog-service's public API: {@code GET /api/calendar/years}, each
 * {@code /api/calendar/years/{year}}, and {@code GET /api/calendar/closed-days}. A few small requests per change of
 * the calendar (and per backstop period), never one per due date, and never inside a database transaction.
 */
class CatalogCalendarSource {

    private final RestClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    CatalogCalendarSource(String catalogUrl, Duration timeout) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).build());
        requests.setReadTimeout(timeout);
        this.http = RestClient.builder().baseUrl(catalogUrl).requestFactory(requests).build();
    }

    /** @throws RuntimeException if the catalogue cannot answer, or answers something that is not a valid calendar */
    CalendarContent fetch() {
        JsonNode summary = json.readTree(http.get().uri("/api/calendar/years").retrieve().body(String.class));
        // {"years": [...], ...}; a bare list from a catalogue older than the operator warning
        JsonNode list = summary.isArray() ? summary : summary.path("years");
        List<YearSchedule> years = new ArrayList<>();
        for (JsonNode year : list) {
            String document = http.get().uri("/api/calendar/years/{year}", year.path("year").asInt()).retrieve()
                    .body(String.class);
            years.add(OfficialSchedules.read(document).toSchedule());
        }
        List<ClosedDay> closed = new ArrayList<>();
        for (JsonNode day : json.readTree(http.get().uri("/api/calendar/closed-days").retrieve().body(String.class))) {
            closed.add(new ClosedDay(day.path("region").asString(), LocalDate.parse(day.path("date").asString()),
                    day.path("reason").asString()));
        }
        return new CalendarContent(years, closed);
    }
}
