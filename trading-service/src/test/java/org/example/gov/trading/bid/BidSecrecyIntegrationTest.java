package org.example.gov.trading.bid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.CatalogCalendarStandIn;
import org.example.gov.testsupport.EventProbe;
import org.example.gov.testsupport.MutableClock;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.example.gov.testsupport.SharedInfrastructure;
import org.example.gov.trading.SealedBidFixture;
import org.example.gov.trading.SealedBidFixture.Bidder;
import org.example.gov.trading.opening.OpeningService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * THE secrecy test of issue 14: before a lot's deadline, read every row of every bid and download table (and the
 * opening's, and the audit trail and the outbox), the events on the topic, the service's log output and
 * /actuator/prometheus, and find no price, no bidder and no count. Two lots with 3 and 2 bids from five bidders who
 * also obtained the documents; every answer the parties get is read too. After the deadline the same reads do find the
 * bidders, which shows the reads would see them if they were there.
 */
@PlatformIntegrationTest
@Import(MutableClock.Config.class)
@ExtendWith(OutputCaptureExtension.class)
class BidSecrecyIntegrationTest {

    static final CatalogCalendarStandIn CATALOG = CatalogCalendarStandIn.start();

    @DynamicPropertySource
    static void catalog(DynamicPropertyRegistry registry) {
        registry.add("platform.clients.item-catalog.url", CATALOG::url);
    }

    static final List<String> BID_TABLES = List.of("sealed_bid", "unsealed_bid", "document_download", "lot_opening",
            "bid_decryption", "opening_objection", "receipt_key");

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OpeningService openings;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void beforeTheDeadlineNoTableLogEventMetricOrAnswerRevealsAPriceABidderOrACount(CapturedOutput output) {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        SealedBidFixture bids = new SealedBidFixture(api);
        clock.set(LocalDate.of(2026, 3, 2), LocalTime.of(10, 0));
        List<String> ids = bids.announcedLots(2);
        String project = ids.get(0);
        String lotA = ids.get(1);
        String lotB = ids.get(2);
        clock.set(LocalDate.of(2026, 3, 5), LocalTime.of(10, 0));
        List<Bidder> bidders = List.of(bids.bidder(), bids.bidder(), bids.bidder(), bids.bidder(), bids.bidder());
        List<String> prices = List.of("913577.41", "924688.52", "935799.63", "946800.74", "957911.85");
        Set<String> secrets = new HashSet<>(prices);
        for (int i = 0; i < 5; i++) {
            Bidder b = bidders.get(i);
            String lot = i < 3 ? lotA : lotB;
            secrets.add(b.id());
            api.post("/api/trading/lots/" + lot + "/documents/download", b.token(), "{}").expect(200);
            bids.bid(lot, b, prices.get(i));
        }
        // a replacement and a withdrawal too
        bids.bid(lotA, bidders.get(0), "913577.42");
        secrets.add("913577.42");
        api.send("DELETE", "/api/trading/lots/" + lotB + "/bids/mine", bidders.get(4).token(), null).expect(204);
        bids.bid(lotB, bidders.get(4), prices.get(4));

        // 1. every row of every bid, download and opening table: no price, no bidder, no lot to group rows by
        String tables = dump(BID_TABLES);
        assertThat(tables).isNotEmpty();
        secrets.forEach(s -> assertThat(tables).doesNotContain(s));
        assertThat(tables).doesNotContain(lotA, lotB, project);
        for (String table : List.of("sealed_bid", "document_download")) {
            List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM " + table).query().listOfRows();
            for (String column : rows.getFirst().keySet()) {
                List<Object> values = rows.stream().map(r -> r.get(column)).toList();
                assertThat(new HashSet<>(values)).as("%s.%s groups rows (a per-lot count)", table, column)
                        .hasSameSizeAs(values);
            }
        }
        // the audit trail and the outbox: pseudonyms, no bidder; no bid count, no lot next to a bid step
        String audit = dump(List.of("audit_log", "audit_pending"));
        secrets.forEach(s -> assertThat(audit).doesNotContain(s));
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM audit_pending WHERE action LIKE 'trading.bid-%' AND subject_id IN (?, ?)""")
                .params(lotA, lotB).query(Long.class).single()).isZero();
        String outbox = dump(List.of("outbox_event"));
        secrets.forEach(s -> assertThat(outbox).doesNotContain(s));

        // 2. the events on the topic
        String kafka = SharedInfrastructure.kafka().bootstrapServers();
        List<EventProbe.Event> events = EventProbe.await(kafka, "gov.trading.events", e -> project.equals(e.key()),
                Duration.ofSeconds(5));
        assertThat(events).isNotEmpty();
        events.forEach(e -> {
            secrets.forEach(s -> assertThat(e.data()).doesNotContain(s));
            assertThat(e.data().toLowerCase()).doesNotContain("bidcount", "bidder", "count");
        });

        // 3. the log output of the whole run so far
        String log = output.getAll();
        secrets.forEach(s -> assertThat(log).doesNotContain(s));

        // 4. the metrics: no request of a bid or download is observed (its uri would count them)
        String metrics = api.get("/actuator/prometheus", null).expect(200).raw();
        secrets.forEach(s -> assertThat(metrics).doesNotContain(s));
        assertThat(metrics).doesNotContain("/bids", "/documents", lotA, lotB);

        // 5. what the parties can ask: the project, the downloads, the opening
        for (String token : List.of(bids.tenderee, bids.agent, bids.staff, bids.supervisor, bidders.get(0).token())) {
            String answers = api.get("/api/trading/projects/" + project, token).raw()
                    + api.get("/api/trading/lots/" + lotA + "/downloads", token).raw()
                    + api.get("/api/trading/lots/" + lotA + "/opening", token).raw()
                    + api.get("/api/trading/projects?size=100", token).raw();
            secrets.forEach(s -> assertThat(answers).doesNotContain(s));
            assertThat(answers.toLowerCase()).doesNotContain("bidcount", "\"bids\"");
        }
        // a bidder's own answer holds only their own bid
        String own = api.get("/api/trading/lots/" + lotA + "/bids/mine", bidders.get(1).token()).expect(200).raw();
        assertThat(own).doesNotContain(bidders.get(0).id(), bidders.get(2).id(), "913577");

        // after the deadline the same reads find the bidders: the reads above would have seen them
        clock.set(LocalDate.of(2026, 3, 23), LocalTime.of(9, 30, 1));
        openings.passDeadlines();
        String after = dump(BID_TABLES);
        bidders.forEach(b -> assertThat(after).contains(b.id()));
        assertThat(dump(List.of("audit_log", "audit_pending"))).contains(bidders.get(0).id());
    }

    /** Every row of the tables as text. */
    String dump(List<String> tables) {
        List<String> rows = new ArrayList<>();
        for (String table : tables) {
            jdbc.sql("SELECT * FROM " + table).query().listOfRows().forEach(r -> rows.add(table + " " + r.values()));
        }
        return String.join("\n", rows);
    }
}
