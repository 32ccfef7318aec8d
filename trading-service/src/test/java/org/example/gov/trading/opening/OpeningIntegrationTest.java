package org.example.gov.trading.opening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.CatalogCalendarStandIn;
import org.example.gov.testsupport.Contracts;
import org.example.gov.testsupport.EventProbe;
import org.example.gov.testsupport.MutableClock;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.example.gov.testsupport.SharedInfrastructure;
import org.example.gov.trading.SealedBidFixture;
import org.example.gov.trading.SealedBidFixture.Bidder;
import org.example.gov.trading.client.BidSealer;
import org.example.gov.trading.client.SealedBid;
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

/**
 * The opening on real MariaDB and Kafka, bids made and decrypted with the reference bidder client: 2 bids → FAILED,
 * 3 or more → the decryption window; DECRYPTED, REVOKED with the reason (a tampered ciphertext), WITHDRAWN for a
 * platform failure, NOT_DECRYPTED_IN_WINDOW; the record and its events; the deadline step exactly once.
 */
@PlatformIntegrationTest
@Import(MutableClock.Config.class)
class OpeningIntegrationTest {

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

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
        bids = new SealedBidFixture(api);
        clock.set(LocalDate.of(2026, 3, 2), LocalTime.of(10, 0));
        List<String> ids = bids.announcedLots(1);
        project = ids.get(0);
        lot = ids.get(1);
        clock.set(LocalDate.of(2026, 3, 20), LocalTime.of(10, 0));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    void afterDeadline(int minute) {
        clock.set(LocalDate.of(2026, 3, 23), LocalTime.of(9, 30, 1).plusMinutes(minute));
    }

    List<EventProbe.Event> events(int atLeast) {
        String kafka = SharedInfrastructure.kafka().bootstrapServers();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> EventProbe.await(kafka,
                "gov.trading.events", e -> project.equals(e.key()), Duration.ofSeconds(3)).size() >= atLeast);
        return EventProbe.await(kafka, "gov.trading.events", e -> project.equals(e.key()), Duration.ofSeconds(3));
    }

    static void assertProblem(ApiClient.Response r, int status, String code) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.text("code")).as(r.raw()).isEqualTo(code);
    }

    @Test
    void twoBidsAtTheDeadlineFailTheLotWithoutAnOpening() {
        bids.bid(lot, bids.bidder(), "990000.00");
        bids.bid(lot, bids.bidder(), "980000.00");
        clock.set(LocalDate.of(2026, 3, 23), LocalTime.of(9, 29, 59));
        assertThat(openings.passDeadline(LotId.of(lot))).isFalse(); // not yet
        afterDeadline(0);
        assertThat(openings.passDeadline(LotId.of(lot))).isTrue();

        assertThat(tenders.facts(LotId.of(lot)).status()).isEqualTo(LotStatus.FAILED);
        assertThat(jdbc.sql("SELECT stage FROM lot_opening WHERE lot_id = ?").param(lot).query(String.class).single())
                .isEqualTo("FAILED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bid_decryption WHERE lot_id = ?").param(lot).query(Long.class).single())
                .isZero();
        List<EventProbe.Event> events = events(3);
        assertThat(events).extracting(EventProbe.Event::type)
                .contains("gov.trading.bid-deadline-passed.v1", "gov.trading.lot-failed.v1")
                .doesNotContain("gov.trading.opening-started.v1");
        events.forEach(e -> Contracts.assertValid(e.type(), e.data()));
        assertThat(events.stream().filter(e -> e.type().equals("gov.trading.lot-failed.v1")).findFirst().orElseThrow()
                .data()).contains("\"bidCount\":2", "\"minBids\":3");
    }

    @Test
    void threeBidsOpenTheWindowAndEachBidGetsItsResultInThePublishedRecord() {
        Bidder good = bids.bidder();
        Bidder tampering = bids.bidder();
        Bidder victim = bids.bidder();
        Bidder absent = bids.bidder();
        SealedBid goodBid = bids.bid(lot, good, "985000.00");
        // a ciphertext altered on the bidder's side before upload: receipted as sent, but it cannot decrypt
        SealedBid sound = SealedBidFixture.seal(lot, tampering, "950000.00");
        byte[] altered = sound.ciphertext();
        altered[3] ^= 0x01;
        SealedBid tampered = new SealedBid(sound.iv(), altered, sound.wrappedKey());
        bids.submit(lot, tampering, tampered).expect(201);
        SealedBid victimBid = bids.bid(lot, victim, "960000.00");
        bids.bid(lot, absent, "970000.00");

        afterDeadline(0);
        assertThat(openings.passDeadlines()).isPositive();
        assertThat(tenders.facts(LotId.of(lot)).status()).isEqualTo(LotStatus.OPENING);
        ApiClient.Response during = api.get("/api/trading/lots/" + lot + "/opening", good.token()).expect(200);
        assertThat(during.text("stage")).isEqualTo("DECRYPTING");
        assertThat(during.body().path("bids").size()).isZero(); // prices only in the published record
        assertThat(during.text("windowEndsAt")).isEqualTo("2026-03-23T02:00:01Z");

        afterDeadline(5);
        ApiClient.Response ok = bids.decrypt(lot, good, SealedBidFixture.key(goodBid, good)).expect(200);
        assertThat(ok.text("result")).isEqualTo("DECRYPTED");
        assertThat(bids.decrypt(lot, good, SealedBidFixture.key(goodBid, good)).status()).isEqualTo(409);

        ApiClient.Response revoked = bids.decrypt(lot, tampering, SealedBidFixture.key(tampered, tampering)).expect(200);
        assertThat(revoked.text("result")).isEqualTo("REVOKED");
        assertThat(revoked.text("reason")).isEqualTo("TAG_MISMATCH");

        // a platform-side failure: staff record it, with what failed, as 撤回
        String victimId = api.get("/api/trading/lots/" + lot + "/bids/mine", victim.token()).expect(200).text("bidId");
        assertProblem(api.post("/api/trading/lots/" + lot + "/opening/bids/" + victimId + "/platform-failure",
                bids.staff, "{\"reason\":\" \"}"), 400, "VALIDATION_FAILED");
        assertThat(api.post("/api/trading/lots/" + lot + "/opening/bids/" + victimId + "/platform-failure", bids.tenderee,
                "{\"reason\":\"x\"}").status()).isEqualTo(403);
        assertThat(api.post("/api/trading/lots/" + lot + "/opening/bids/" + victimId + "/platform-failure", bids.staff,
                "{\"reason\":\"解密服务器宕机 09:35-09:50\"}").status()).isEqualTo(204);
        assertThat(bids.decrypt(lot, victim, SealedBidFixture.key(victimBid, victim)).status()).isEqualTo(409);

        // the absent bidder never decrypts: the window ends
        afterDeadline(30);
        assertProblem(bids.decrypt(lot, absent, Base64.getEncoder().encodeToString(new byte[16])), 422,
                "DECRYPTION_WINDOW_CLOSED");
        assertThat(openings.endWindows()).isEqualTo(1);
        assertThat(openings.endWindows()).isZero();

        ApiClient.Response record = api.get("/api/trading/lots/" + lot + "/opening", bids.supervisor).expect(200);
        assertThat(record.text("stage")).isEqualTo("PUBLISHED");
        var lines = record.body().path("bids");
        assertThat(lines.size()).isEqualTo(4);
        lines.forEach(line -> {
            String bidder = line.path("bidder").asString();
            String result = line.path("result").asString();
            assertThat(line.path("receivedAt").asString()).isEqualTo("2026-03-20T02:00:00Z");
            if (bidder.equals(good.id())) {
                assertThat(result).isEqualTo("DECRYPTED");
                assertThat(line.path("total").asString()).isEqualTo("985000.00");
                assertThat(line.path("schedule").size()).isEqualTo(2);
            } else if (bidder.equals(tampering.id())) {
                assertThat(result).isEqualTo("REVOKED");
                assertThat(line.path("reason").asString()).isEqualTo("TAG_MISMATCH");
            } else if (bidder.equals(victim.id())) {
                assertThat(result).isEqualTo("WITHDRAWN");
                assertThat(line.path("reasonText").asString()).contains("宕机");
            } else {
                assertThat(bidder).isEqualTo(absent.id());
                assertThat(result).isEqualTo("REVOKED");
                assertThat(line.path("reason").asString()).isEqualTo("NOT_DECRYPTED_IN_WINDOW");
            }
        });
        assertThat(tenders.facts(LotId.of(lot)).status()).isEqualTo(LotStatus.EVALUATION);
        assertThat(openings.openedBidders(LotId.of(lot))).containsExactly(good.id());
        assertThat(openings.openedBids(LotId.of(lot)).getFirst().total()).isEqualByComparingTo("985000.00");

        List<EventProbe.Event> events = events(4);
        assertThat(events).extracting(EventProbe.Event::type).contains("gov.trading.bid-deadline-passed.v1",
                "gov.trading.opening-started.v1", "gov.trading.opening-record-published.v1");
        events.forEach(e -> Contracts.assertValid(e.type(), e.data()));
    }

    @Test
    void decryptionEndsAsSoonAsEveryBidHasAResultAndObjectionsAreAnsweredOnTheSpot() {
        List<Bidder> three = List.of(bids.bidder(), bids.bidder(), bids.bidder());
        List<SealedBid> sealed = new ArrayList<>();
        three.forEach(b -> sealed.add(bids.bid(lot, b, "900000.00")));
        afterDeadline(0);
        openings.passDeadlines();

        ApiClient.Response objection = api.post("/api/trading/lots/" + lot + "/opening/objections", three.get(2).token(),
                "{\"text\":\"解密时间不足\"}").expect(201);
        assertThat(api.post("/api/trading/lots/" + lot + "/opening/objections", bids.bidder().token(),
                "{\"text\":\"x\"}").status()).isEqualTo(404); // not a bidder of this lot
        api.post("/api/trading/lots/" + lot + "/opening/objections/" + objection.text("id") + "/answer", bids.agent,
                "{\"answer\":\"解密时间符合招标文件规定\"}").expect(200);
        assertThat(api.post("/api/trading/lots/" + lot + "/opening/objections/" + objection.text("id") + "/answer",
                bids.tenderee, "{\"answer\":\"再答\"}").status()).isEqualTo(409);

        afterDeadline(2);
        for (int i = 0; i < 3; i++) {
            assertThat(bids.decrypt(lot, three.get(i), SealedBidFixture.key(sealed.get(i), three.get(i))).text("result"))
                    .isEqualTo("DECRYPTED");
        }
        ApiClient.Response record = api.get("/api/trading/lots/" + lot + "/opening", three.get(0).token()).expect(200);
        assertThat(record.text("stage")).isEqualTo("PUBLISHED");
        assertThat(record.body().path("objections").get(0).path("answer").asString()).isEqualTo("解密时间符合招标文件规定");
        assertThat(openings.openedBidders(LotId.of(lot))).containsExactlyInAnyOrderElementsOf(
                three.stream().map(Bidder::id).toList());
        assertThat(openings.endWindows()).isZero();
    }

    @Test
    void theDeadlineIsProcessedExactlyOnceUnderConcurrentRunsAndAfterARestart() throws Exception {
        for (int i = 0; i < 3; i++) {
            bids.bid(lot, bids.bidder(), "900000.00");
        }
        afterDeadline(0);
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> runs = List.of(() -> openings.passDeadline(LotId.of(lot)),
                    () -> openings.passDeadline(LotId.of(lot)), () -> openings.passDeadline(LotId.of(lot)),
                    () -> openings.passDeadline(LotId.of(lot)));
            int processed = 0;
            for (Future<Boolean> f : pool.invokeAll(runs)) {
                processed += f.get() ? 1 : 0;
            }
            assertThat(processed).isOne();
        } finally {
            pool.shutdown();
        }
        // a later tick (or a restarted instance) finds nothing left to do for the lot
        openings.passDeadlines();
        assertThat(openings.passDeadline(LotId.of(lot))).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bid_decryption WHERE lot_id = ?").param(lot).query(Long.class).single())
                .isEqualTo(3);
        assertThat(events(2).stream().filter(e -> e.type().equals("gov.trading.bid-deadline-passed.v1"))).hasSize(1);
    }

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void theReferenceClientsGatewayWorksAgainstTheServiceFromSubmissionToDecryption() throws Exception {
        var base = java.net.URI.create("http://127.0.0.1:" + port);
        List<Bidder> three = List.of(bids.bidder(), bids.bidder(), bids.bidder());
        List<org.example.gov.trading.client.BidGateway> gateways = three.stream()
                .map(b -> new org.example.gov.trading.client.BidGateway(base, b.token())).toList();
        var verifier = new org.example.gov.trading.client.ReceiptVerifier(gateways.getFirst().receiptKeys());
        for (int i = 0; i < 3; i++) {
            SealedBid sealed = SealedBidFixture.seal(lot, three.get(i), "91000%d.00".formatted(i));
            var receipt = gateways.get(i).submit(lot, sealed);
            verifier.verify(receipt, sealed, lot);
            assertThat(gateways.get(i).mine(lot).receipt()).isEqualTo(receipt);
        }
        afterDeadline(0);
        openings.passDeadlines();
        afterDeadline(1);
        for (int i = 0; i < 3; i++) {
            // the bidder fetches their envelope (from any machine) and unwraps the key with their private key
            SealedBid stored = gateways.get(i).myEnvelope(lot);
            byte[] key = org.example.gov.trading.client.BidUnlocker.unwrapKey(stored, three.get(i).keys().getPrivate());
            assertThat(gateways.get(i).submitKey(lot, key).decrypted()).isTrue();
        }
        assertThat(openings.openedBids(LotId.of(lot))).extracting(b -> b.total().toPlainString())
                .containsExactlyInAnyOrder("910000.00", "910001.00", "910002.00");
    }

    @Test
    void aBidBeingStoredHoldsTheCountUntilItCommitsSoNoBidIsAcceptedAfterTheCount() throws Exception {
        for (int i = 0; i < 3; i++) {
            bids.bid(lot, bids.bidder(), "900000.00");
        }
        clock.set(LocalDate.of(2026, 3, 23), LocalTime.of(9, 29, 59));
        var storing = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        var pool = Executors.newSingleThreadExecutor();
        try {
            // a bid's transaction that has read the lot (shared lock) and not yet committed, as BidService holds it
            Future<?> bid = pool.submit(() -> transactions.executeWithoutResult(status -> {
                tenders.factsForBid(LotId.of(lot));
                storing.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            storing.await();
            afterDeadline(0);
            assertThat(openings.passDeadline(LotId.of(lot))).isFalse(); // skipped, not counted without that bid
            assertThat(tenders.facts(LotId.of(lot)).status()).isEqualTo(LotStatus.TENDERING);
            release.countDown();
            bid.get();
        } finally {
            pool.shutdown();
        }
        assertThat(openings.passDeadline(LotId.of(lot))).isTrue();
        // and once counted, the lot takes no bid whatever the time the upload completed
        clock.set(LocalDate.of(2026, 3, 23), LocalTime.of(9, 29, 59));
        Bidder late = bids.bidder();
        assertProblem(bids.submit(lot, late, SealedBidFixture.seal(lot, late, "1.00")), 422, "BID_LATE");
    }

    @Test
    void anUnansweredObjectionToTheDocumentsHoldsTheOpeningUntilAnswered() {
        for (int i = 0; i < 3; i++) {
            bids.bid(lot, bids.bidder(), "900000.00");
        }
        clock.set(LocalDate.of(2026, 3, 12), LocalTime.of(10, 0));
        String objection = api.post("/api/trading/projects/" + project + "/objections", bids.bidder().token(),
                "{\"text\":\"资格条件排斥潜在投标人\"}").expect(201).text("id");
        afterDeadline(0);
        assertThat(openings.passDeadline(LotId.of(lot))).isFalse();
        assertThat(tenders.facts(LotId.of(lot)).status()).isEqualTo(LotStatus.TENDERING);
        api.post("/api/trading/projects/" + project + "/objections/" + objection + "/answer", bids.agent,
                "{\"answer\":\"资格条件符合规定\"}").expect(200);
        var facts = tenders.facts(LotId.of(lot));
        if (facts.bidDeadline().isAfter(clock.instant())) {
            clock.set(LocalDate.ofInstant(facts.bidDeadline(), java.time.ZoneId.of("Asia/Shanghai")),
                    LocalTime.ofInstant(facts.bidDeadline().plusSeconds(1), java.time.ZoneId.of("Asia/Shanghai")));
        }
        assertThat(openings.passDeadline(LotId.of(lot))).isTrue();
        assertThat(tenders.facts(LotId.of(lot)).status()).isEqualTo(LotStatus.OPENING);
    }

    @Test
    void biddersAndThePartiesFollowTheOpeningLiveAndOutsidersCannot() throws Exception {
        List<Bidder> three = List.of(bids.bidder(), bids.bidder(), bids.bidder());
        List<SealedBid> sealed = new ArrayList<>();
        three.forEach(b -> sealed.add(bids.bid(lot, b, "900000.00")));
        afterDeadline(0);
        openings.passDeadlines();
        assertProblem(api.get("/api/trading/lots/" + lot + "/opening/live", bids.bidder().token()), 404,
                "OPENING_NOT_FOUND");

        var lines = new java.util.concurrent.LinkedBlockingQueue<String>();
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            var request = java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + port + "/api/trading/lots/" + lot + "/opening/live"))
                    .header("Authorization", "Bearer " + three.get(0).token()).header("Accept", "text/event-stream")
                    .build();
            var stream = http.sendAsync(request, java.net.http.HttpResponse.BodyHandlers.ofLines())
                    .thenAccept(r -> r.body().forEach(lines::add));
            awaitLine(lines, "event:following");
            afterDeadline(3);
            for (int i = 0; i < 3; i++) {
                bids.decrypt(lot, three.get(i), SealedBidFixture.key(sealed.get(i), three.get(i))).expect(200);
            }
            List<String> seen = awaitLine(lines, "event:record-published");
            assertThat(seen.stream().filter(l -> l.equals("event:bid-decrypted"))).hasSize(3);
            assertThat(String.join("\n", seen)).contains(three.get(1).id());
            stream.cancel(true);
        }
    }

    /** The lines received until one equals {@code wanted} (10 s at most). */
    static List<String> awaitLine(java.util.concurrent.BlockingQueue<String> lines, String wanted) throws InterruptedException {
        List<String> seen = new ArrayList<>();
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            String line = lines.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
            if (line != null) {
                seen.add(line);
                if (line.equals(wanted)) {
                    return seen;
                }
            }
        }
        throw new AssertionError("no " + wanted + " in " + seen);
    }
}
