package org.example.gov.trading.bid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.CatalogCalendarStandIn;
import org.example.gov.testsupport.MutableClock;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.example.gov.trading.SealedBidFixture;
import org.example.gov.trading.SealedBidFixture.Bidder;
import org.example.gov.trading.client.Receipt;
import org.example.gov.trading.client.ReceiptKey;
import org.example.gov.trading.client.ReceiptVerifier;
import org.example.gov.trading.client.SealedBid;
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
 * Sealed bids through REST on real MariaDB, produced by the reference bidder client: receipts that verify, replace and
 * withdraw before the deadline, lateness by the server clock, unencrypted uploads refused, nobody else's bid visible.
 */
@PlatformIntegrationTest
@Import(MutableClock.Config.class)
class BidIntegrationTest {

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

    ApiClient api;
    SealedBidFixture bids;
    String lot;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
        bids = new SealedBidFixture(api);
        clock.set(LocalDate.of(2026, 3, 2), LocalTime.of(10, 0));
        lot = bids.announcedLots(1).get(1);
        clock.set(LocalDate.of(2026, 3, 20), LocalTime.of(10, 0));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static void assertProblem(ApiClient.Response r, int status, String code) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.text("code")).as(r.raw()).isEqualTo(code);
    }

    @Test
    void anAcceptedBidGetsAReceiptThatVerifiesAndMayBeReplacedAndWithdrawnBeforeTheDeadline() {
        Bidder bidder = bids.bidder();
        SealedBid first = SealedBidFixture.seal(lot, bidder, "985000.00");
        ApiClient.Response created = bids.submit(lot, bidder, first).expect(201);
        Receipt receipt = SealedBidFixture.receipt(created);
        List<ReceiptKey> keys = ReceiptKey.fromJson(api.get("/api/trading/receipt-keys", bidder.token()).expect(200)
                .raw().getBytes(StandardCharsets.UTF_8));
        new ReceiptVerifier(keys).verify(receipt, first, lot);
        assertThat(receipt.receivedAt()).isEqualTo("2026-03-20T02:00:00.000Z");

        assertThat(api.get("/api/trading/lots/" + lot + "/bids/mine", bidder.token()).expect(200).text("bidId"))
                .isEqualTo(receipt.bidId());

        SealedBid second = SealedBidFixture.seal(lot, bidder, "975000.00");
        Receipt replaced = SealedBidFixture.receipt(bids.submit(lot, bidder, second).expect(201));
        assertThat(replaced.bidId()).isNotEqualTo(receipt.bidId());
        assertThat(api.get("/api/trading/lots/" + lot + "/bids/mine", bidder.token()).expect(200).text("bidId"))
                .isEqualTo(replaced.bidId());
        String envelope = api.get("/api/trading/lots/" + lot + "/bids/mine/envelope", bidder.token()).expect(200).raw();
        assertThat(SealedBid.fromJson(envelope.getBytes(StandardCharsets.UTF_8))).isEqualTo(second);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sealed_bid WHERE bid_id IN (?, ?)").params(receipt.bidId(),
                replaced.bidId()).query(Long.class).single()).isOne();

        assertThat(api.send("DELETE", "/api/trading/lots/" + lot + "/bids/mine", bidder.token(), null).status())
                .isEqualTo(204);
        assertProblem(api.get("/api/trading/lots/" + lot + "/bids/mine", bidder.token()), 404, "BID_NOT_FOUND");
        assertProblem(api.send("DELETE", "/api/trading/lots/" + lot + "/bids/mine", bidder.token(), null), 404,
                "BID_NOT_FOUND");
    }

    @Test
    void aBidOneSecondLateIsRefusedByTheServerClockAndSoIsAWithdrawal() {
        Bidder early = bids.bidder();
        clock.set(LocalDate.of(2026, 3, 23), LocalTime.of(9, 29, 59));
        bids.bid(lot, early, "990000.00");

        clock.set(LocalDate.of(2026, 3, 23), LocalTime.of(9, 30, 1));
        ApiClient.Response late = bids.submit(lot, bids.bidder(), SealedBidFixture.seal(lot, bids.bidder(), "1.00"));
        assertProblem(late, 422, "BID_LATE");
        assertThat(late.raw()).contains("2026-03-23T01:30:00Z");
        assertProblem(api.send("DELETE", "/api/trading/lots/" + lot + "/bids/mine", early.token(), null), 422, "BID_LATE");
        // at the deadline itself it is already late
        clock.set(LocalDate.of(2026, 3, 23), LocalTime.of(9, 30, 0));
        assertProblem(bids.submit(lot, early, SealedBidFixture.seal(lot, early, "980000.00")), 422, "BID_LATE");
        // the bid made in time stands
        assertThat(api.get("/api/trading/lots/" + lot + "/bids/mine", early.token()).status()).isEqualTo(200);
    }

    @Test
    void aBidWithADocumentOfSeveralMegabytesIsAccepted() {
        Bidder bidder = bids.bidder();
        var d = SealedBidFixture.document(lot, bidder, "965000.00");
        byte[] document = new byte[3 * 1024 * 1024];
        new java.util.Random(1).nextBytes(document);
        SealedBid big = org.example.gov.trading.client.BidSealer.seal(new org.example.gov.trading.client.BidDocument(
                d.lotId(), d.bidder(), d.price(), d.documentName(), document), bidder.keys().getPublic());
        assertThat(big.toJson().length).isGreaterThan(4 * 1024 * 1024); // above the platform's 1MB default
        Receipt receipt = SealedBidFixture.receipt(bids.submit(lot, bidder, big).expect(201));
        assertThat(receipt.ciphertextSm3()).isEqualTo(big.ciphertextSm3());
    }

    @Test
    void anythingButAWellFormedSealedBidIsRefusedWithoutEchoingIt() {
        Bidder bidder = bids.bidder();
        String clear = new String(SealedBidFixture.document(lot, bidder, "888888.88").toJson(), StandardCharsets.UTF_8);
        ApiClient.Response r = api.post("/api/trading/lots/" + lot + "/bids", bidder.token(), clear);
        assertProblem(r, 422, "BID_NOT_ENCRYPTED");
        assertThat(r.raw()).contains("PLAINTEXT_BODY").doesNotContain("888888.88");

        String fake = """
                {"format":"gov-sealed-bid/1","cipher":"SM4/GCM/NoPadding","iv":"AAAAAAAAAAAAAAAA",
                 "ciphertext":"eyJwcmljZSI6IjEyMyJ9AAAAAAAAAAAAAAAAAAAAAA==","wrappedKey":"AQID"}""";
        assertProblem(api.post("/api/trading/lots/" + lot + "/bids", bidder.token(), fake), 422, "BID_NOT_ENCRYPTED");
        assertProblem(api.get("/api/trading/lots/" + lot + "/bids/mine", bidder.token()), 404, "BID_NOT_FOUND");
    }

    @Test
    void aBidderSeesOnlyTheirOwnBidAndNobodyElseSeesAny() {
        Bidder one = bids.bidder();
        Bidder other = bids.bidder();
        bids.bid(lot, one, "970000.00");
        assertProblem(api.get("/api/trading/lots/" + lot + "/bids/mine", other.token()), 404, "BID_NOT_FOUND");
        assertProblem(api.get("/api/trading/lots/" + lot + "/bids/mine/envelope", other.token()), 404, "BID_NOT_FOUND");
        // the parties have no way to a bid: the bid endpoints are the bidders'
        assertThat(api.get("/api/trading/lots/" + lot + "/bids/mine", bids.staff).status()).isEqualTo(403);
        assertThat(api.post("/api/trading/lots/" + lot + "/bids", bids.tenderee, "{}").status()).isEqualTo(403);
        assertProblem(api.get("/api/trading/lots/" + lot + "/opening", bids.tenderee), 404, "OPENING_NOT_FOUND");
    }
}
