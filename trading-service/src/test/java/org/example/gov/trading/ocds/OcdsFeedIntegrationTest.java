package org.example.gov.trading.ocds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.StreamSupport;

import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.CatalogCalendarStandIn;
import org.example.gov.testsupport.MutableClock;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.example.gov.trading.SealedBidFixture;
import org.example.gov.trading.SealedBidFixture.Bidder;
import org.example.gov.trading.opening.OpeningService;
import org.example.gov.trading.tender.LotId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The OCDS feed on real MariaDB, a tender played through the API: each public change of a project becomes one release
 * with the right tag (tender, tenderAmendment, tenderUpdate, tenderCancellation), a draft never appears, the number of
 * tenderers only after the deadline, never a bidder or a price; every package validates against the official OCDS
 * 1.1.5 schemas; the feed is public and pages newest first.
 */
@PlatformIntegrationTest
@Import(MutableClock.Config.class)
class OcdsFeedIntegrationTest {

    static final CatalogCalendarStandIn CATALOG = CatalogCalendarStandIn.start();

    @DynamicPropertySource
    static void catalog(DynamicPropertyRegistry registry) {
        registry.add("platform.clients.item-catalog.url", CATALOG::url);
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    OpeningService openings;

    ApiClient api;
    SealedBidFixture bids;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
        bids = new SealedBidFixture(api);
        clock.set(LocalDate.of(2026, 3, 2), LocalTime.of(10, 0));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String ocid(String project) {
        return "ocds-gd0000-" + project;
    }

    /** The record package of a project, validated; no token (open data). */
    JsonNode record(String project) {
        ApiClient.Response r = api.get("/api/trading/ocds/records/" + ocid(project), null).expect(200);
        OcdsSchemas.assertValid(OcdsSchemas.RECORD_PACKAGE, r.raw());
        return r.body().path("records").get(0);
    }

    static List<String> tags(JsonNode record) {
        return StreamSupport.stream(record.path("releases").spliterator(), false)
                .map(release -> release.path("tag").get(0).asString()).toList();
    }

    @Test
    void eachPublicChangeIsOneReleaseAndTheCountOfTenderersAppearsOnlyAfterTheDeadline() {
        List<String> ids = bids.announcedLots(1);
        String project = ids.get(0);
        String lot = ids.get(1);
        clock.set(LocalDate.of(2026, 3, 4), LocalTime.of(10, 0));
        api.post("/api/trading/projects/" + project + "/amendments", bids.tenderee,
                "{\"summary\":\"技术规格第 3.2 条修改\",\"material\":true}").expect(200);
        clock.set(LocalDate.of(2026, 3, 20), LocalTime.of(10, 0));
        Bidder first = bids.bidder();
        Bidder second = bids.bidder();
        Bidder third = bids.bidder();
        bids.bid(lot, first, "985000.00");
        bids.bid(lot, second, "975000.00");
        bids.bid(lot, third, "965000.00");

        JsonNode before = record(project);
        assertThat(tags(before)).containsExactly("tender", "tenderAmendment");
        JsonNode tender = before.path("compiledRelease").path("tender");
        assertThat(tender.path("status").asString()).isEqualTo("active");
        assertThat(tender.path("procurementMethod").asString()).isEqualTo("open");
        assertThat(tender.path("value").path("amount").decimalValue()).isEqualByComparingTo("1000000.00");
        assertThat(tender.path("tenderPeriod").path("endDate").asString()).isEqualTo("2026-03-23T01:30:00Z");
        assertThat(tender.path("amendments").get(0).path("description").asString()).isEqualTo("技术规格第 3.2 条修改");
        assertThat(tender.has("numberOfTenderers")).as("secret before the deadline").isFalse();
        assertThat(before.toString()).doesNotContain(first.id(), second.id(), third.id(), "985000", "975000");
        assertThat(before.path("compiledRelease").path("tag").get(0).asString()).isEqualTo("compiled");

        clock.set(LocalDate.of(2026, 3, 23), LocalTime.of(9, 30, 1));
        assertThat(openings.passDeadline(LotId.of(lot))).isTrue();

        JsonNode after = record(project);
        assertThat(tags(after)).containsExactly("tender", "tenderAmendment", "tenderUpdate");
        assertThat(after.path("compiledRelease").path("tender").path("numberOfTenderers").asInt()).isEqualTo(3);
        assertThat(after.toString()).doesNotContain(first.id(), "985000");
        assertThat(after.path("releases").get(2).path("id").asString()).isEqualTo(ocid(project) + "-0003");
    }

    @Test
    void aDraftNeverAppearsACancellationIsTaggedAndTheFeedPagesNewestFirstWithoutALogin() {
        String draft = api.post("/api/trading/projects", bids.tenderee, """
                {"title":"草稿项目","track":"CONSTRUCTION","method":"OPEN_TENDER","agent":"tenderagent1",
                 "region":"440304","lots":[{"name":"标段1","amount":"500000.00","deposit":"10000.00","bidValidityDays":90}]}""")
                .expect(201).text("id");
        String project = bids.announcedLots(1).get(0);
        api.post("/api/trading/projects/" + project + "/cancellation", bids.tenderee, "{\"reason\":\"项目取消\"}")
                .expect(200);

        assertThat(api.get("/api/trading/ocds/records/" + ocid(draft), null).status()).isEqualTo(404);
        assertThat(api.get("/api/trading/ocds/records/" + ocid(draft), null).text("code")).isEqualTo("OCID_NOT_FOUND");
        assertThat(api.get("/api/trading/ocds/records/not-an-ocid", null).status()).isEqualTo(400);
        JsonNode cancelled = record(project);
        assertThat(tags(cancelled)).containsExactly("tender", "tenderCancellation");
        assertThat(cancelled.path("compiledRelease").path("tender").path("status").asString()).isEqualTo("cancelled");

        // the newest page: this project's cancellation first, then its announcement
        ApiClient.Response newest = api.get("/api/trading/ocds/releases?limit=1", null).expect(200);
        OcdsSchemas.assertValid(OcdsSchemas.RELEASE_PACKAGE, newest.raw());
        assertThat(newest.body().path("releases").get(0).path("ocid").asString()).isEqualTo(ocid(project));
        assertThat(newest.body().path("releases").get(0).path("tag").get(0).asString()).isEqualTo("tenderCancellation");
        String link = newest.header("Link");
        assertThat(link).contains("rel=\"next\"", "rel=\"poll\"");
        String next = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        ApiClient.Response older = api.get(next, null).expect(200);
        OcdsSchemas.assertValid(OcdsSchemas.RELEASE_PACKAGE, older.raw());
        assertThat(older.body().path("releases").get(0).path("tag").get(0).asString()).isEqualTo("tender");
        assertThat(older.body().path("releases").get(0).path("ocid").asString()).isEqualTo(ocid(project));

        // polling from the newest position: nothing new yet, then the next project's announcement
        String poll = link.substring(link.lastIndexOf('<') + 1, link.lastIndexOf('>'));
        assertThat(api.get(poll, null).expect(200).body().path("releases").size()).isZero();
        String later = bids.announcedLots(1).get(0);
        JsonNode polled = api.get(poll, null).expect(200).body().path("releases");
        assertThat(polled.size()).isEqualTo(1);
        assertThat(polled.get(0).path("ocid").asString()).isEqualTo(ocid(later));

        assertThat(api.get("/api/trading/ocds/releases?limit=0", null).status()).isEqualTo(400);
        assertThat(api.get("/api/trading/ocds/releases?limit=1001", null).status()).isEqualTo(400);
    }

    @Test
    void aLotWithTwoBidsFailsAsUnsuccessfulWithItsTenderers() {
        List<String> ids = bids.announcedLots(1);
        String project = ids.get(0);
        String lot = ids.get(1);
        clock.set(LocalDate.of(2026, 3, 20), LocalTime.of(10, 0));
        bids.bid(lot, bids.bidder(), "990000.00");
        bids.bid(lot, bids.bidder(), "980000.00");
        clock.set(LocalDate.of(2026, 3, 23), LocalTime.of(9, 30, 1));
        assertThat(openings.passDeadline(LotId.of(lot))).isTrue();

        JsonNode tender = record(project).path("compiledRelease").path("tender");
        assertThat(tender.path("status").asString()).isEqualTo("unsuccessful");
        assertThat(tender.path("lots").get(0).path("status").asString()).isEqualTo("unsuccessful");
        assertThat(tender.path("numberOfTenderers").asInt()).isEqualTo(2);
    }
}
