package org.example.gov.hotline.hotspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.hotline.support.HotlineIntegrationTest;
import org.example.gov.hotline.support.TicketRows;
import org.example.gov.hotline.ticket.TicketEvents;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.Contracts;
import org.example.gov.testsupport.EventProbe;
import org.example.gov.testsupport.SharedInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 未诉先办: a spike raises one warning, stored, listed and published; a normal day raises none. */
class HotspotIntegrationTest extends HotlineIntegrationTest {

    private static final LocalDate TODAY = LocalDate.parse("2025-11-03");

    @Autowired
    HotspotService hotspots;

    @BeforeEach
    void forgetWarnings() {
        jdbc.sql("DELETE FROM hotspot_warning").update();
    }

    /** {@code perDay} tickets on each of the 28 days before today, {@code today} tickets this morning. */
    private void tickets(String category, String region, int perDay, int today) {
        List<TicketRows.Row> rows = new ArrayList<>();
        for (int d = 1; d <= 28; d++) {
            Instant noon = TODAY.minusDays(d).atTime(12, 0).atZone(ShanghaiDate.ZONE).toInstant();
            for (int i = 0; i < perDay; i++) {
                rows.add(TicketRows.Row.of(category, region, noon.plusSeconds(i)));
            }
        }
        Instant morning = TODAY.atTime(8, 0).atZone(ShanghaiDate.ZONE).toInstant();
        for (int i = 0; i < today; i++) {
            rows.add(TicketRows.Row.of(category, region, morning.plusSeconds(60L * i)));
        }
        TicketRows.insert(jdbc, rows);
    }

    @Test
    void aSpikeIsRaisedOnceStoredListedAndPublished() {
        tickets("010102", "440304", 1, 8); // λ = 29/28, 8 today: p ≈ 1.4e-5
        today("2025-11-03", "10:00");

        assertThat(hotspots.scan()).isEqualTo(1);
        assertThat(hotspots.scan()).isZero(); // once per (category, region, day)
        TicketRows.insert(jdbc, List.of(TicketRows.Row.of("010102", "440304", clock.instant().minusSeconds(60))));
        assertThat(hotspots.scan()).isZero(); // more tickets the same day: still the one warning

        ApiClient.Response listed = api.get("/api/hotline/hotspots?from=2025-11-01&to=2025-11-03", supervisor).expect(200);
        assertThat(listed.body().path("totalElements").asInt()).isEqualTo(1);
        var w = listed.body().path("content").get(0);
        assertThat(w.path("categoryCode").asString()).isEqualTo("010102");
        assertThat(w.path("region").asString()).isEqualTo("440304");
        assertThat(w.path("day").asString()).isEqualTo("2025-11-03");
        assertThat(w.path("dayCount").asInt()).isEqualTo(8);
        assertThat(w.path("trailingCount").asInt()).isEqualTo(28);
        assertThat(w.path("pValue").asDouble()).isLessThan(0.001);
        // the centre sees it; another city's centre does not; a department has no hotspot list
        assertThat(api.get("/api/hotline/hotspots?from=2025-11-03&to=2025-11-03", agent).expect(200).body()
                .path("totalElements").asInt()).isEqualTo(1);
        assertThat(api.get("/api/hotline/hotspots?from=2025-11-03&to=2025-11-03", guangzhouAgent).expect(200).body()
                .path("totalElements").asInt()).isZero();
        assertProblem(api.get("/api/hotline/hotspots", handler), 403, null);
        assertProblem(api.get("/api/hotline/hotspots?from=2025-01-01&to=2025-11-03", agent), 400, "HOTSPOT_RANGE_INVALID");

        String id = w.path("id").asString();
        List<EventProbe.Event> events = EventProbe.await(SharedInfrastructure.kafka().bootstrapServers(),
                TicketEvents.TOPIC, e -> id.equals(e.key()), Duration.ofSeconds(20));
        assertThat(events).extracting(EventProbe.Event::type).containsExactly(HotspotService.EVENT_TYPE);
        Contracts.assertValid(HotspotService.EVENT_TYPE, events.getFirst().data());
    }

    @Test
    void aNormalDayRaisesNothing() {
        tickets("010102", "440304", 5, 7); // λ ≈ 5: 7 is an ordinary day (p ≈ 0.24)
        tickets("010103", "440304", 0, 3); // a new matter, but 3 calls are below the minimum count
        today("2025-11-03", "18:00");

        assertThat(hotspots.scan()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hotspot_warning").query(Long.class).single()).isZero();
    }

    @Test
    void theSameCountElsewhereIsJudgedOnItsOwnHistory() {
        tickets("010102", "440304", 5, 8); // busy district: ordinary
        tickets("010102", "440305", 0, 8); // quiet district: a spike
        today("2025-11-03", "18:00");

        assertThat(hotspots.scan()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT region FROM hotspot_warning").query(String.class).list()).containsExactly("440305");
    }
}
