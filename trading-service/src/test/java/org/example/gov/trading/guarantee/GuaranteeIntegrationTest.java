package org.example.gov.trading.guarantee;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.CatalogCalendarStandIn;
import org.example.gov.testsupport.Contracts;
import org.example.gov.testsupport.EventProbe;
import org.example.gov.testsupport.MutableClock;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.example.gov.testsupport.SharedInfrastructure;
import org.example.gov.testsupport.TestTokens;
import org.example.gov.trading.tender.LotId;
import org.example.gov.trading.tender.LotStatus;
import org.example.gov.trading.tender.TenderService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * Electronic bid guarantees through REST on real MariaDB and Kafka: the guarantor's push (as the gateway forwards it
 * once the signature is checked), the bidder's presentation with the verification rules, secrecy before the deadline
 * (rows, audit, events, logs, answers), claims and release after it. Lot: 20,000 yuan security, 90 days' validity,
 * deadline Monday 23 March 2026 09:30 Beijing; the clock starts on 2 March.
 */
@PlatformIntegrationTest
@Import(MutableClock.Config.class)
@ExtendWith(OutputCaptureExtension.class)
class GuaranteeIntegrationTest {

    static final CatalogCalendarStandIn CATALOG = CatalogCalendarStandIn.start();
    static final Instant DEADLINE = Instant.parse("2026-03-23T01:30:00Z");

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
    final String agent = TestTokens.shared().mint("tenderagent1", "440300", null, "TENDER_AGENT");
    final String staff = TestTokens.shared().mint("trader1", "440300", "公共资源交易中心", "TRADING_STAFF");
    final String guangzhouStaff = TestTokens.shared().mint("trader-gz", "440100", "公共资源交易中心", "TRADING_STAFF");
    final String guarantor = TestTokens.shared().mint("guarantor1", "440300", null, "GUARANTOR");
    final String otherGuarantor = TestTokens.shared().mint("guarantor2", "440300", null, "GUARANTOR");
    final String bidder1 = TestTokens.shared().mint("bidder1", "440300", null, "BIDDER");
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

    /** A new announced project; its first lot requires 20,000 yuan of security. */
    String announcedLot() {
        String id = api.post("/api/trading/projects", tenderee, """
                {"title":"市民中心改造工程","track":"CONSTRUCTION","method":"OPEN_TENDER","agent":"tenderagent1",
                 "region":"440304","lots":[{"name":"土建标段","amount":"1000000.00","deposit":"20000.00","bidValidityDays":90}]}""")
                .expect(201).text("id");
        api.post("/api/trading/projects/" + id + "/announcement", agent, """
                {"announcementUntil":"2026-03-09","documentsFrom":"2026-03-02","documentsUntil":"2026-03-09",
                 "bidDeadline":"2026-03-23T01:30:00Z"}""").expect(200);
        return api.get("/api/trading/projects/" + id, tenderee).expect(200).body().path("lots").get(0).path("id")
                .asString();
    }

    static String document(String number) {
        return "电子投标保函 " + number + " 示例银行深圳分行";
    }

    static String push(String number, String lotId, String bidder, String amount, String validUntil) {
        return """
                {"guaranteeNumber":"%s","lotId":"%s","bidder":"%s","amount":"%s","validUntil":"%s","documentSm3":"%s"}"""
                .formatted(number, lotId, bidder, amount, validUntil,
                        Sm3.hex(document(number).getBytes(StandardCharsets.UTF_8)));
    }

    static String presentation(String number, String document) {
        return """
                {"guarantor":"guarantor1","guaranteeNumber":"%s","document":"%s"}""".formatted(number,
                Base64.getEncoder().encodeToString(document.getBytes(StandardCharsets.UTF_8)));
    }

    static String number() {
        return "BG-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static void assertProblem(ApiClient.Response r, int status, String code) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.text("code")).as(r.raw()).isEqualTo(code);
    }

    static List<EventProbe.Event> events(List<String> guaranteeIds, int atLeast) {
        String kafka = SharedInfrastructure.kafka().bootstrapServers();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> EventProbe.await(kafka,
                GuaranteeEvent.TOPIC, e -> guaranteeIds.contains(e.key()), Duration.ofSeconds(5)).size() >= atLeast);
        return EventProbe.await(kafka, GuaranteeEvent.TOPIC, e -> guaranteeIds.contains(e.key()), Duration.ofSeconds(5));
    }

    @Test
    void aPushedGuaranteeIsVerifiedWhenItsBidderPresentsTheGuarantorsDocument() {
        String lotId = announcedLot();
        String n = number();
        ApiClient.Response pushed = api.post("/api/guarantor/guarantees", guarantor,
                push(n, lotId, "bidder1", "20000.00", "2026-06-20")).expect(201);
        assertThat(pushed.text("status")).isEqualTo("ISSUED");
        assertThat(api.post("/api/guarantor/guarantees", guarantor, push(n, lotId, "bidder1", "20000.00", "2026-06-20"))
                .expect(200).text("id")).as("a repeated push answers the same guarantee").isEqualTo(pushed.text("id"));
        assertProblem(api.post("/api/guarantor/guarantees", guarantor,
                push(n, lotId, "bidder1", "30000.00", "2026-06-20")), 409, "GUARANTEE_NUMBER_TAKEN");
        // (a bidder of its own: the refusal is audited under its name, and other tests look for bidder1's entries)
        assertProblem(api.post("/api/guarantor/guarantees", TestTokens.shared().mint("bidder-g", "440300", null,
                "BIDDER"),
                push(number(), lotId, "bidder1", "20000.00", "2026-06-20")), 403, "FORBIDDEN");

        assertProblem(api.post("/api/trading/lots/" + lotId + "/guarantees/mine/verification", bidder1,
                presentation(n, document(n) + " (改)")), 422, "GUARANTEE_DOCUMENT_MISMATCH");
        assertProblem(api.post("/api/trading/lots/" + lotId + "/guarantees/mine/verification", bidder2,
                presentation(n, document(n))), 404, "GUARANTEE_NOT_FOUND");
        ApiClient.Response verified = api.post("/api/trading/lots/" + lotId + "/guarantees/mine/verification", bidder1,
                presentation(n, document(n))).expect(200);
        assertThat(verified.text("status")).isEqualTo("VERIFIED");
        assertThat(verified.body().path("allowedActions").toString()).contains("release", "claim");

        assertThat(api.get("/api/trading/lots/" + lotId + "/guarantees/mine", bidder1).expect(200).body().size())
                .isEqualTo(1);
        assertThat(api.get("/api/trading/lots/" + lotId + "/guarantees/mine", bidder2).expect(200).body().size())
                .isZero();
        assertThat(api.get("/api/guarantor/guarantees/" + n, guarantor).expect(200).text("status"))
                .isEqualTo("VERIFIED");
        assertProblem(api.get("/api/guarantor/guarantees/" + n, otherGuarantor), 404, "GUARANTEE_NOT_FOUND");
    }

    @Test
    void anAmountBelowTheSecurityOrAValidityShorterThanTheBidValidityIsRefusedByName() {
        String lotId = announcedLot();
        String low = number();
        api.post("/api/guarantor/guarantees", guarantor, push(low, lotId, "bidder1", "19999.99", "2026-06-20"))
                .expect(201);
        assertProblem(api.post("/api/trading/lots/" + lotId + "/guarantees/mine/verification", bidder1,
                presentation(low, document(low))), 422, "GUARANTEE_AMOUNT_BELOW_REQUIRED");
        String shortLived = number();
        api.post("/api/guarantor/guarantees", guarantor, push(shortLived, lotId, "bidder1", "20000.00", "2026-06-19"))
                .expect(201);
        ApiClient.Response refused = api.send("POST", "/api/trading/lots/" + lotId + "/guarantees/mine/verification",
                bidder1, presentation(shortLived, document(shortLived)), "Accept-Language", "zh-CN");
        assertProblem(refused, 422, "GUARANTEE_VALIDITY_TOO_SHORT");
        assertThat(refused.text("detail")).contains("2026-06-20");

        clock.set(LocalDate.of(2026, 3, 23), LocalTime.of(9, 30));
        assertProblem(api.post("/api/guarantor/guarantees", guarantor,
                push(number(), lotId, "bidder1", "20000.00", "2026-07-01")), 422, "GUARANTEE_AFTER_DEADLINE");
    }

    @Test
    void beforeTheDeadlineNoRowAuditEntryEventLogLineOrAnswerNamesTheBidderTheLotOrACount(CapturedOutput output) {
        String lotId = announcedLot();
        String n1 = number();
        String n2 = number();
        String id1 = api.post("/api/guarantor/guarantees", guarantor, push(n1, lotId, "bidder1", "20000.00",
                "2026-06-20")).expect(201).text("id");
        String id2 = api.post("/api/guarantor/guarantees", guarantor, push(n2, lotId, "bidder2", "20000.00",
                "2026-06-20")).expect(201).text("id");
        api.post("/api/trading/lots/" + lotId + "/guarantees/mine/verification", bidder1, presentation(n1, document(n1)))
                .expect(200);
        api.post("/api/trading/lots/" + lotId + "/guarantees/mine/verification", bidder2, presentation(n2, document(n2)))
                .expect(200);

        // rows: neither bidder nor lot nor number in any column
        List<String> rows = jdbc.sql("""
                SELECT CONCAT(id, ' ', guarantor, ' ', number_tag, ' ', holder_tag, ' ', status, ' ', sealed)
                FROM bid_guarantee""").query(String.class).list();
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row).doesNotContain("bidder1", "bidder2", lotId,
                n1, n2, "20000"));
        // audit: the presentations under a pseudonym, nothing names the bidders or the lot
        String presentations = "SELECT COUNT(*) FROM %s WHERE action = 'trading.guarantee-verification'"
                + " AND actor_id LIKE 'sealed:%%'";
        assertThat(jdbc.sql(presentations.formatted("audit_log")).query(Long.class).single()
                + jdbc.sql(presentations.formatted("audit_pending")).query(Long.class).single()).isGreaterThanOrEqualTo(2);
        String named = "SELECT CONCAT(action, ' ', actor_id, ' ', COALESCE(subject_id, ''), ' ', COALESCE(detail, ''))"
                + " FROM %s WHERE (action LIKE 'trading.guarantee%%' AND actor_id IN ('bidder1', 'bidder2'))"
                + " OR subject_id = '" + lotId
                + "' OR detail LIKE '%%" + lotId + "%%'";
        assertThat(jdbc.sql(named.formatted("audit_log")).query(String.class).list()).isEmpty();
        assertThat(jdbc.sql(named.formatted("audit_pending")).query(String.class).list()).isEmpty();
        // events: issued and verified, schema-valid, naming neither lot, bidder nor amount
        List<EventProbe.Event> events = events(List.of(id1, id2), 4);
        assertThat(events).extracting(EventProbe.Event::type).containsOnly("gov.trading.guarantee-issued.v1",
                "gov.trading.guarantee-verified.v1");
        events.forEach(e -> Contracts.assertValid(e.type(), e.data()));
        assertThat(events).allSatisfy(e -> assertThat(e.data()).doesNotContain(lotId, "bidder1", "bidder2", "20000"));
        // answers: staff, in scope or not, and the tenderee learn nothing, whether there are guarantees or not
        assertProblem(api.get("/api/trading/lots/" + lotId + "/guarantees", staff), 422,
                "GUARANTEES_SECRET_UNTIL_DEADLINE");
        assertProblem(api.get("/api/trading/lots/" + lotId + "/guarantees", tenderee), 403, "FORBIDDEN");
        assertProblem(api.post("/api/trading/lots/" + lotId + "/guarantee-claims", staff, """
                {"bidder":"bidder3","ground":"WITHDREW_AFTER_DEADLINE","reason":"撤回","fact":"撤回函"}"""), 422,
                "GUARANTEES_SECRET_UNTIL_DEADLINE");
        // logs
        assertThat(output.getAll()).doesNotContain(lotId).doesNotContain(n1).doesNotContain("bidder2");
        // metrics: the business counters (platform_events_committed_total) leave per-bidder events out, else their
        // rate on a dashboard would count the bidders
        assertThat(api.get("/actuator/prometheus", null).expect(200).raw())
                .contains("platform_events_committed_total{application=\"trading-service\",type=\"gov.trading.tender-announced.v1\"}")
                .doesNotContain("gov.trading.guarantee-");
    }

    @Test
    void afterTheDeadlineStaffSeeTheGuaranteesClaimAWithdrawalAndReleaseTheRestOnceAwarded() {
        String lotId = announcedLot();
        String n1 = number();
        String n2 = number();
        String id1 = api.post("/api/guarantor/guarantees", guarantor, push(n1, lotId, "bidder1", "20000.00",
                "2026-06-20")).expect(201).text("id");
        String id2 = api.post("/api/guarantor/guarantees", guarantor, push(n2, lotId, "bidder2", "25000.00",
                "2026-07-20")).expect(201).text("id");
        api.post("/api/trading/lots/" + lotId + "/guarantees/mine/verification", bidder1, presentation(n1, document(n1)))
                .expect(200);
        api.post("/api/trading/lots/" + lotId + "/guarantees/mine/verification", bidder2, presentation(n2, document(n2)))
                .expect(200);

        clock.set(LocalDate.of(2026, 3, 23), LocalTime.of(9, 40));
        assertThat(api.get("/api/trading/lots/" + lotId + "/guarantees", staff).expect(200).body().size())
                .isEqualTo(2);
        assertProblem(api.get("/api/trading/lots/" + lotId + "/guarantees", guangzhouStaff), 404, "LOT_NOT_FOUND");
        assertProblem(api.post("/api/trading/lots/" + lotId + "/guarantee-release", staff,
                "{\"reason\":\"提前释放\"}"), 422, "GUARANTEE_RELEASE_BEFORE_AWARD");

        ApiClient.Response claimed = api.post("/api/trading/lots/" + lotId + "/guarantee-claims", staff, """
                {"bidder":"bidder2","ground":"WITHDREW_AFTER_DEADLINE","reason":"投标截止后撤回投标文件",
                 "fact":"撤回申请 2026-03-23T01:35:00Z"}""").expect(200);
        assertThat(claimed.body().get(0).path("status").asString()).isEqualTo("CLAIMED");
        assertThat(claimed.body().get(0).path("claim").path("recordedBy").asString()).isEqualTo("trader1");
        assertProblem(api.post("/api/trading/lots/" + lotId + "/guarantee-claims", staff, """
                {"bidder":"bidder2","ground":"WITHDREW_AFTER_DEADLINE","reason":"再次","fact":"同上"}"""), 404,
                "GUARANTEE_NOT_FOUND");

        LotId lot = LotId.of(lotId);
        assertThat(tenders.deadlinePassed(lot, 3, clock.instant())).isEqualTo(LotStatus.OPENING);
        tenders.openingConcluded(lot);
        tenders.evaluationConcluded(lot);
        tenders.awarded(lot);
        ApiClient.Response released = api.post("/api/trading/lots/" + lotId + "/guarantee-release", staff,
                "{\"reason\":\"中标通知书已发出\"}").expect(200);
        assertThat(released.body().size()).as("the claimed one stays claimed").isEqualTo(1);
        assertThat(released.body().get(0).path("id").asString()).isEqualTo(id1);
        assertThat(api.get("/api/guarantor/guarantees/" + n1, guarantor).expect(200).text("status"))
                .isEqualTo("RELEASED");

        List<EventProbe.Event> events = events(List.of(id1, id2), 6);
        events.forEach(e -> Contracts.assertValid(e.type(), e.data()));
        assertThat(events).filteredOn(e -> e.type().equals("gov.trading.guarantee-released.v1")).singleElement()
                .satisfies(e -> assertThat(e.data()).contains(lotId, "bidder1", n1));
        assertThat(events).filteredOn(e -> e.type().equals("gov.trading.guarantee-claimed.v1")).singleElement()
                .satisfies(e -> assertThat(e.data()).contains("WITHDREW_AFTER_DEADLINE", "bidder2"));
    }

    @Autowired
    GuaranteeService guarantees;

    @Test
    void theAwardCapabilityRecordsARefusalToSignOnlyOnceAwardedAndReleasesAFailedLotsGuarantees() {
        String lotId = announcedLot();
        String failedLot = announcedLot();
        String n1 = number();
        String n2 = number();
        api.post("/api/guarantor/guarantees", guarantor, push(n1, lotId, "bidder1", "20000.00", "2026-06-20"))
                .expect(201);
        api.post("/api/trading/lots/" + lotId + "/guarantees/mine/verification", bidder1, presentation(n1, document(n1)))
                .expect(200);
        api.post("/api/guarantor/guarantees", guarantor, push(n2, failedLot, "bidder2", "20000.00", "2026-06-20"))
                .expect(201);
        LotId lot = LotId.of(lotId);
        clock.set(LocalDate.of(2026, 3, 23), LocalTime.of(9, 30));
        tenders.deadlinePassed(lot, 3, clock.instant());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> guarantees.claimForPlatform(lot, "bidder1",
                ClaimGround.REFUSED_TO_SIGN, "中标人拒绝签订合同", "拒签函 2026-04-20"))
                .isInstanceOfSatisfying(org.example.gov.platform.problem.BusinessRuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("CLAIM_BEFORE_AWARD"));
        tenders.openingConcluded(lot);
        tenders.evaluationConcluded(lot);
        tenders.awarded(lot);
        List<Guarantee> claimed = guarantees.claimForPlatform(lot, "bidder1", ClaimGround.REFUSED_TO_SIGN,
                "中标人拒绝签订合同", "拒签函 2026-04-20");
        assertThat(claimed).singleElement().satisfies(g -> {
            assertThat(g.status()).isEqualTo(GuaranteeStatus.CLAIMED);
            assertThat(g.claim().recordedBy()).isEqualTo("trading-service");
        });

        assertThat(tenders.deadlinePassed(LotId.of(failedLot), 2, clock.instant())).isEqualTo(LotStatus.FAILED);
        assertThat(guarantees.releaseForPlatform(LotId.of(failedLot), "流标")).singleElement()
                .satisfies(g -> assertThat(g.status()).isEqualTo(GuaranteeStatus.RELEASED));
    }
}
