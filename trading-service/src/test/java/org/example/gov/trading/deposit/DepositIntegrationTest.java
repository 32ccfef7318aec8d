package org.example.gov.trading.deposit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.CatalogCalendarStandIn;
import org.example.gov.testsupport.Contracts;
import org.example.gov.testsupport.EventProbe;
import org.example.gov.testsupport.MutableClock;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.example.gov.testsupport.SharedInfrastructure;
import org.example.gov.testsupport.TestTokens;
import org.example.gov.trading.tender.LotId;
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
 * Deposits paid by transfer through REST on real MariaDB and Kafka: recorded sealed while the lot tenders, refund dates
 * fixed from the award notice on the 2026 calendar (procurement: 5 working days across May Day), the overdue list, and
 * a late refund's interest in the refunded event.
 */
@PlatformIntegrationTest
@Import(MutableClock.Config.class)
class DepositIntegrationTest {

    static final CatalogCalendarStandIn CATALOG = CatalogCalendarStandIn.start();

    @DynamicPropertySource
    static void catalog(DynamicPropertyRegistry registry) {
        registry.add("platform.clients.item-catalog.url", CATALOG::url);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    TenderService tenders;

    ApiClient api;
    final String tenderee = TestTokens.shared().mint("tenderee1", "440300", null, "TENDEREE");
    final String staff = TestTokens.shared().mint("trader1", "440300", "公共资源交易中心", "TRADING_STAFF");
    final String guangzhouStaff = TestTokens.shared().mint("trader-gz", "440100", "公共资源交易中心", "TRADING_STAFF");
    final String supervisor = TestTokens.shared().mint("supervisor1", "440300", null, "SUPERVISOR");
    final String bidder2 = TestTokens.shared().mint("bidder2", "440300", null, "BIDDER");

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
        clock.set(LocalDate.of(2026, 3, 2), LocalTime.of(10, 0));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A procurement lot (budget 1,000,000, deposit 20,000), deadline Monday 23 March 2026 09:30 Beijing. */
    String announcedProcurementLot() {
        String id = api.post("/api/trading/projects", tenderee, """
                {"title":"政务云服务采购","track":"GOVERNMENT_PROCUREMENT","method":"OPEN_TENDER",
                 "region":"440304","lots":[{"name":"云服务","amount":"1000000.00","deposit":"20000.00","bidValidityDays":90}]}""")
                .expect(201).text("id");
        api.post("/api/trading/projects/" + id + "/announcement", tenderee, """
                {"announcementUntil":"2026-03-09","documentsFrom":"2026-03-02","documentsUntil":"2026-03-09",
                 "bidDeadline":"2026-03-23T01:30:00Z"}""").expect(200);
        return api.get("/api/trading/projects/" + id, tenderee).expect(200).body().path("lots").get(0).path("id")
                .asString();
    }

    static void assertProblem(ApiClient.Response r, int status, String code) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.text("code")).as(r.raw()).isEqualTo(code);
    }

    @Test
    void aDepositIsSealedUntilRefundedOnItsScheduleAndALateRefundOwesInterest() {
        String lotId = announcedProcurementLot();
        String record = """
                {"bidder":"%s","amount":"20000.00","payingAccount":"%s","paidOn":"2026-03-10"}""";
        ApiClient.Response paid = api.post("/api/trading/lots/" + lotId + "/deposits", staff,
                record.formatted("bidder2", "6222 0210 0987 6543")).expect(201);
        assertThat(paid.text("payingAccount")).endsWith("6543").doesNotContain("0987");
        api.post("/api/trading/lots/" + lotId + "/deposits", staff, record.formatted("bidder1", "6222 0210 0555 1234"))
                .expect(201);
        assertProblem(api.post("/api/trading/lots/" + lotId + "/deposits", guangzhouStaff,
                record.formatted("bidder3", "6222 0210 0555 9999")), 404, "LOT_NOT_FOUND");
        assertThat(api.get("/api/trading/lots/" + lotId + "/deposits/mine", bidder2).expect(200).body().size())
                .isEqualTo(1);

        List<String> rows = jdbc.sql("SELECT CONCAT(id, ' ', holder_tag, ' ', status, ' ', sealed) FROM bid_deposit")
                .query(String.class).list();
        // the accounts' leading eight digits, spaced or not: "6222" alone turns up in a random id or hash now and then
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row).doesNotContain("bidder1", "bidder2", lotId,
                "6222 0210", "62220210", "20000"));

        assertProblem(api.post("/api/trading/lots/" + lotId + "/deposit-refund-schedule", staff,
                "{\"successfulBidder\":\"bidder1\",\"awardNoticeOn\":\"2026-04-30\"}"), 422,
                "REFUND_SCHEDULE_BEFORE_AWARD");
        LotId lot = LotId.of(lotId);
        clock.set(LocalDate.of(2026, 4, 30), LocalTime.of(10, 0));
        tenders.deadlinePassed(lot, 3, clock.instant());
        tenders.openingConcluded(lot);
        tenders.evaluationConcluded(lot);
        tenders.awarded(lot);
        ApiClient.Response scheduled = api.post("/api/trading/lots/" + lotId + "/deposit-refund-schedule", staff,
                "{\"successfulBidder\":\"bidder1\",\"awardNoticeOn\":\"2026-04-30\"}").expect(200);
        assertThat(scheduled.body().size()).as("the successful supplier waits for the contract").isEqualTo(1);
        assertThat(scheduled.body().get(0).path("bidder").asString()).isEqualTo("bidder2");
        assertThat(scheduled.body().get(0).path("refundDue").asString()).isEqualTo("2026-05-11");

        clock.set(LocalDate.of(2026, 5, 21), LocalTime.of(10, 0));
        ApiClient.Response overdue = api.get("/api/trading/deposits/refund-overdue", supervisor).expect(200);
        String depositId = scheduled.body().get(0).path("id").asString();
        assertThat(overdue.raw()).contains(depositId);
        assertThat(api.get("/api/trading/deposits/refund-overdue", guangzhouStaff).expect(200).raw())
                .doesNotContain(depositId);

        ApiClient.Response refunded = api.post("/api/trading/deposits/" + depositId + "/refund", staff,
                "{\"refundedOn\":\"2026-05-21\"}").expect(200);
        assertThat(refunded.text("interest")).isEqualTo("29.00");
        assertThat(api.get("/api/trading/deposits/refund-overdue", supervisor).expect(200).raw())
                .doesNotContain(depositId);

        String kafka = SharedInfrastructure.kafka().bootstrapServers();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !EventProbe.await(kafka,
                DepositEvent.TOPIC, e -> depositId.equals(e.key()), Duration.ofSeconds(5)).isEmpty());
        EventProbe.Event event = EventProbe.await(kafka, DepositEvent.TOPIC, e -> depositId.equals(e.key()),
                Duration.ofSeconds(5)).getFirst();
        assertThat(event.type()).isEqualTo("gov.trading.deposit-refunded.v1");
        Contracts.assertValid(event.type(), event.data());
        assertThat(event.data()).contains("\"daysLate\":10", "\"interest\":\"29.00\"").doesNotContain("6222");
    }
}
