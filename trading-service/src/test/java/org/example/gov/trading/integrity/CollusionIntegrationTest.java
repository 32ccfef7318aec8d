package org.example.gov.trading.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.CatalogCalendarStandIn;
import org.example.gov.testsupport.Contracts;
import org.example.gov.testsupport.EventProbe;
import org.example.gov.testsupport.MutableClock;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.example.gov.testsupport.SharedInfrastructure;
import org.example.gov.testsupport.TestTokens;
import org.example.gov.trading.SealedBidFixture;
import org.example.gov.trading.SealedBidFixture.Bidder;
import org.example.gov.trading.client.BidDocument;
import org.example.gov.trading.client.BidSealer;
import org.example.gov.trading.client.MachineFingerprint;
import org.example.gov.trading.client.SealedBid;
import org.example.gov.trading.opening.OpeningService;
import org.example.gov.trading.tender.LotId;
import org.example.gov.trading.tender.LotStatus;
import org.example.gov.trading.tender.TenderService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Collusion warnings through the real service on MariaDB and Kafka, bids sealed, submitted and decrypted with the
 * reference client library as in the opening tests: evidence sealed from the submission on, nothing visible before the
 * record is published, warnings with their evidence after it for staff and supervisors only, the event without
 * evidence, and no bid, result, record or lot status touched by flagging.
 */
@PlatformIntegrationTest
@Import(MutableClock.Config.class)
class CollusionIntegrationTest {

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
    JdbcClient jdbc;

    @Autowired
    OpeningService openings;

    @Autowired
    TenderService tenders;

    ApiClient api;
    SealedBidFixture bids;
    String project;
    String lot;
    String warnings;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
        bids = new SealedBidFixture(api);
        clock.set(LocalDate.of(2026, 3, 2), LocalTime.of(10, 0));
        List<String> ids = bids.announcedLots(1);
        project = ids.get(0);
        lot = ids.get(1);
        warnings = "/api/trading/lots/" + lot + "/collusion-warnings";
        clock.set(LocalDate.of(2026, 3, 20), LocalTime.of(10, 0));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A bid as the reference client submits it, from {@code address} and, when given, a machine fingerprint. */
    record Placed(Bidder bidder, SealedBid sealed, String bidId) {
    }

    Placed submit(Bidder bidder, BidDocument document, String address, String fingerprint) {
        SealedBid sealed = BidSealer.seal(document, bidder.keys().getPublic());
        List<String> headers = new ArrayList<>(List.of("X-Forwarded-For", address + ", 10.0.0.1"));
        if (fingerprint != null) {
            headers.addAll(List.of(MachineFingerprint.HEADER, fingerprint));
        }
        ApiClient.Response r = api.send("POST", "/api/trading/lots/" + lot + "/bids", bidder.token(),
                new String(sealed.toJson(), StandardCharsets.UTF_8), headers.toArray(String[]::new)).expect(201);
        return new Placed(bidder, sealed, r.text("bidId"));
    }

    Placed submit(String total, String address) {
        Bidder b = bids.bidder();
        return submit(b, SealedBidFixture.document(lot, b, total), address, null);
    }

    ApiClient.Response decrypt(Placed p, String address, String fingerprint) {
        List<String> headers = new ArrayList<>(List.of("X-Forwarded-For", address));
        if (fingerprint != null) {
            headers.addAll(List.of(MachineFingerprint.HEADER, fingerprint));
        }
        return api.send("POST", "/api/trading/lots/" + lot + "/bids/mine/decryption", p.bidder().token(),
                "{\"key\":\"" + SealedBidFixture.key(p.sealed(), p.bidder()) + "\"}", headers.toArray(String[]::new))
                .expect(200);
    }

    void passDeadline() {
        clock.set(LocalDate.of(2026, 3, 23), LocalTime.of(9, 30, 1));
        assertThat(openings.passDeadline(LotId.of(lot))).isTrue();
        clock.set(LocalDate.of(2026, 3, 23), LocalTime.of(9, 35));
    }

    static void assertProblem(ApiClient.Response r, int status, String code) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.text("code")).as(r.raw()).isEqualTo(code);
    }

    /** Everything flagging must leave alone: bids, decryption results, the opening, the record as published, the lot. */
    String untouchable() {
        StringBuilder s = new StringBuilder();
        s.append(jdbc.sql("SELECT * FROM unsealed_bid WHERE lot_id = ? ORDER BY bid_id").param(lot).query().listOfRows());
        s.append(jdbc.sql("SELECT * FROM bid_decryption WHERE lot_id = ? ORDER BY bid_id").param(lot).query().listOfRows());
        s.append(jdbc.sql("SELECT * FROM lot_opening WHERE lot_id = ?").param(lot).query().listOfRows());
        // the evaluation (scoring/): method, findings, report and every score
        s.append(jdbc.sql("SELECT * FROM lot_evaluation WHERE lot_id = ?").param(lot).query().listOfRows());
        s.append(jdbc.sql("SELECT * FROM evaluation_score WHERE lot_id = ? ORDER BY 1").param(lot).query().listOfRows());
        s.append(api.get("/api/trading/lots/" + lot + "/opening", bids.staff).expect(200).raw());
        s.append(tenders.facts(LotId.of(lot)));
        return s.toString();
    }

    List<JsonNode> warningsOf(ApiClient.Response r, String kind) {
        List<JsonNode> found = new ArrayList<>();
        r.body().path("warnings").forEach(w -> {
            if (w.path("kind").asString().equals(kind)) {
                found.add(w);
            }
        });
        return found;
    }

    List<String> bidIds(JsonNode warning) {
        List<String> ids = new ArrayList<>();
        warning.path("bids").forEach(b -> ids.add(b.path("bidId").asString()));
        return ids;
    }

    long audited(String action) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM (SELECT action, subject_id FROM audit_pending UNION ALL
                                      SELECT action, subject_id FROM audit_log) a WHERE action = ? AND subject_id = ?""")
                .params(action, lot).query(Long.class).single();
    }

    @Test
    void twoBidsFromOneClientAddressRaiseAFlagWithThatEvidenceAndChangeNoResult() {
        Placed a = submit("985000.00", "203.0.113.7");
        Placed b = submit("962000.50", "203.0.113.7");
        Placed c = submit("990500.00", "198.51.100.9");

        // before the deadline: sealed at rest, nothing to see for anyone, the same answer as for a lot without bids
        assertThat(jdbc.sql("SELECT sealed FROM bid_evidence").query(String.class).list())
                .noneMatch(s -> s.contains("203.0.113.7") || s.contains(lot));
        assertProblem(api.get(warnings, bids.staff), 409, "COLLUSION_ANALYSIS_NOT_READY");
        assertThat(api.get(warnings, a.bidder().token()).status()).isEqualTo(403);

        passDeadline();
        // decrypting: still nothing
        assertProblem(api.get(warnings, bids.supervisor), 409, "COLLUSION_ANALYSIS_NOT_READY");
        decrypt(a, "192.0.2.1", null);
        decrypt(b, "192.0.2.2", null);
        decrypt(c, "192.0.2.3", null);
        assertThat(tenders.facts(LotId.of(lot)).status()).isEqualTo(LotStatus.EVALUATION);

        // the automatic analysis ran with the record: the two bids from one address, with that address
        ApiClient.Response read = api.get(warnings, bids.staff).expect(200);
        assertThat(read.text("bidsAnalysed")).isEqualTo("3");
        List<JsonNode> shared = warningsOf(read, "SHARED_SUBMISSION_ADDRESS");
        assertThat(shared).hasSize(1);
        assertThat(bidIds(shared.getFirst())).containsExactlyInAnyOrder(a.bidId(), b.bidId());
        assertThat(shared.getFirst().path("evidence").asString()).isEqualTo("203.0.113.7");
        assertThat(read.body().path("warnings").size()).as(read.raw()).isEqualTo(1);
        assertThat(read.text("analysedBy")).isEqualTo("trading-service");

        // flagging again changes no bid, result, record or status
        String before = untouchable();
        ApiClient.Response again = api.post(warnings + "/analysis", bids.staff, null).expect(200);
        assertThat(again.text("analysedBy")).isEqualTo("trader1");
        assertThat(warningsOf(again, "SHARED_SUBMISSION_ADDRESS")).hasSize(1);
        assertThat(untouchable()).isEqualTo(before);

        // supervisors read them too; every read is audited; bidders, the tenderee and staff of another region do not
        assertThat(api.get(warnings, bids.supervisor).expect(200).raw()).contains("203.0.113.7");
        assertThat(audited("trading.collusion-warnings-read")).isEqualTo(2);
        assertThat(api.get(warnings, a.bidder().token()).status()).isEqualTo(403);
        assertThat(api.get(warnings, c.bidder().token()).status()).isEqualTo(403);
        assertThat(api.get(warnings, bids.tenderee).status()).isEqualTo(403);
        assertThat(api.post(warnings + "/analysis", bids.supervisor, null).status()).isEqualTo(403);
        String guangzhou = TestTokens.shared().mint("trader-gz", "440100", "公共资源交易中心", "TRADING_STAFF");
        assertProblem(api.get(warnings, guangzhou), 404, "LOT_NOT_FOUND");

        // the event: kinds and bids, never the evidence; published once (the recomputation found nothing new)
        String kafka = SharedInfrastructure.kafka().bootstrapServers();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !EventProbe.await(kafka,
                "gov.trading.events", e -> project.equals(e.key()) && e.type().equals(CollusionEvent.TYPE),
                Duration.ofSeconds(2)).isEmpty());
        List<EventProbe.Event> flagged = EventProbe.await(kafka, "gov.trading.events",
                e -> project.equals(e.key()) && e.type().equals(CollusionEvent.TYPE), Duration.ofSeconds(2));
        assertThat(flagged).hasSize(1);
        Contracts.assertValid(CollusionEvent.TYPE, flagged.getFirst().data());
        assertThat(flagged.getFirst().data()).contains("SHARED_SUBMISSION_ADDRESS", a.bidId(), b.bidId())
                .doesNotContain("203.0.113.7").doesNotContain("192.0.2.");
        // and nowhere in clear at rest
        assertThat(jdbc.sql("SELECT sealed FROM collusion_analysis WHERE lot_id = ?").param(lot).query(String.class)
                .single()).doesNotContain("203.0.113.7");
    }

    @Test
    void aWithdrawnBidsEvidenceIsDeletedWithIt() {
        Placed a = submit("985000.00", "203.0.113.11");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bid_evidence WHERE bid_id = ?").param(a.bidId()).query(Long.class)
                .single()).isEqualTo(1);
        api.send("DELETE", "/api/trading/lots/" + lot + "/bids/mine", a.bidder().token(), null).expect(204);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bid_evidence WHERE bid_id = ?").param(a.bidId()).query(Long.class)
                .single()).isZero();
    }

    @Test
    void pricesInAConstantStepAreFlaggedAndBidsFromDifferentAddressesAreNot() {
        Placed a = submit("1000000.00", "203.0.113.21");
        Placed b = submit("980000.00", "203.0.113.22");
        Placed c = submit("960000.00", "203.0.113.23");
        passDeadline();
        decrypt(a, "192.0.2.21", null);
        decrypt(b, "192.0.2.22", null);
        decrypt(c, "192.0.2.23", null);

        ApiClient.Response read = api.get(warnings, bids.supervisor).expect(200);
        assertThat(read.body().path("warnings").size()).as(read.raw()).isEqualTo(1);
        JsonNode step = warningsOf(read, "REGULAR_PRICE_STEP").getFirst();
        assertThat(bidIds(step)).containsExactlyInAnyOrder(a.bidId(), b.bidId(), c.bidId());
        assertThat(step.path("evidence").asString()).contains("20000.00");
    }

    @Test
    void oneMachineOneDocumentOneDecryptionAddressAndOneDepositAccountAreEachFlagged() {
        Bidder x = bids.bidder();
        Bidder y = bids.bidder();
        Bidder z = bids.bidder();
        // x and y: one paying account for their deposits (written differently), z its own
        String deposit = """
                {"bidder":"%s","amount":"20000.00","payingAccount":"%s","paidOn":"2026-03-10"}""";
        api.post("/api/trading/lots/" + lot + "/deposits", bids.staff, deposit.formatted(x.id(), "6222 0210 0555 1234")).expect(201);
        api.post("/api/trading/lots/" + lot + "/deposits", bids.staff, deposit.formatted(y.id(), "6222021005551234")).expect(201);
        api.post("/api/trading/lots/" + lot + "/deposits", bids.staff, deposit.formatted(z.id(), "6222 0210 0999 8888")).expect(201);
        // x and y: one document file written by one author; y and z: one machine
        byte[] file = "%PDF-1.7\n<< /Author (王五) >>\n投标文件".getBytes(StandardCharsets.UTF_8);
        Placed px = submit(x, new BidDocument(lot, x.id(), BidDocument.Price.ofSchedule(List.of(
                new BidDocument.Item("土建工程", new java.math.BigDecimal("901000.00")))), "a.pdf", file), "203.0.113.31", null);
        Placed py = submit(y, new BidDocument(lot, y.id(), BidDocument.Price.ofSchedule(List.of(
                new BidDocument.Item("土建工程", new java.math.BigDecimal("934500.00")))), "b.pdf", file), "203.0.113.32",
                MachineFingerprint.of("machine-7"));
        Placed pz = submit(z, SealedBidFixture.document(lot, z, "977777.00"), "203.0.113.33", null);
        passDeadline();
        decrypt(px, "192.0.2.40", null);
        decrypt(py, "192.0.2.41", null);
        decrypt(pz, "192.0.2.40", MachineFingerprint.of("machine-7"));

        ApiClient.Response read = api.get(warnings, bids.staff).expect(200);
        Map<String, List<String>> expected = Map.of(
                "SHARED_DEPOSIT_ACCOUNT", List.of(px.bidId(), py.bidId()),
                "IDENTICAL_DOCUMENT", List.of(px.bidId(), py.bidId()),
                "SHARED_DOCUMENT_AUTHOR", List.of(px.bidId(), py.bidId()),
                "SHARED_MACHINE_FINGERPRINT", List.of(py.bidId(), pz.bidId()),
                "SHARED_DECRYPTION_ADDRESS", List.of(px.bidId(), pz.bidId()));
        assertThat(read.body().path("warnings").size()).as(read.raw()).isEqualTo(expected.size());
        expected.forEach((kind, ids) -> assertThat(bidIds(warningsOf(read, kind).getFirst())).as(kind)
                .containsExactlyInAnyOrderElementsOf(ids));
        assertThat(warningsOf(read, "SHARED_DOCUMENT_AUTHOR").getFirst().path("evidence").asString()).isEqualTo("王五");
        assertThat(warningsOf(read, "SHARED_DEPOSIT_ACCOUNT").getFirst().path("evidence").asString())
                .isEqualTo("6222021005551234");
    }
}
