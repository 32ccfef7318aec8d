package org.example.gov.trading.tender;

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
 * Tenders through REST on real MariaDB and Kafka: REST → database → event (each validated against its schema), scope,
 * the secrecy of downloads and objectors, the opening seam. The clock is set to Monday 2 March 2026, 10:00 Beijing.
 */
@PlatformIntegrationTest
@Import(MutableClock.Config.class)
class TenderIntegrationTest {

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
    final String otherTenderee = TestTokens.shared().mint("tenderee2", "440300", null, "TENDEREE");
    final String agent = TestTokens.shared().mint("tenderagent1", "440300", null, "TENDER_AGENT");
    final String staff = TestTokens.shared().mint("trader1", "440300", "公共资源交易中心", "TRADING_STAFF");
    final String guangzhouStaff = TestTokens.shared().mint("trader-gz", "440100", "公共资源交易中心", "TRADING_STAFF");
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

    static String project(String deposit) {
        return """
                {"title":"市民中心改造工程","track":"CONSTRUCTION","method":"OPEN_TENDER","agent":"tenderagent1",
                 "region":"440304","lots":[{"name":"土建标段","amount":"1000000.00","deposit":"%s","bidValidityDays":90},
                 {"name":"安装标段","amount":"300000.00","deposit":"6000.00","bidValidityDays":90,"decryptionWindowMinutes":45}]}"""
                .formatted(deposit);
    }

    static final String ANNOUNCEMENT = """
            {"announcementUntil":"2026-03-09","documentsFrom":"2026-03-02","documentsUntil":"2026-03-09",
             "bidDeadline":"2026-03-23T01:30:00Z"}""";

    String announcedProject() {
        String id = api.post("/api/trading/projects", tenderee, project("20000.00")).expect(201).text("id");
        api.post("/api/trading/projects/" + id + "/announcement", agent, ANNOUNCEMENT).expect(200);
        return id;
    }

    static void assertProblem(ApiClient.Response r, int status, String code) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.text("code")).as(r.raw()).isEqualTo(code);
    }

    List<EventProbe.Event> events(String projectId, int atLeast) {
        String kafka = SharedInfrastructure.kafka().bootstrapServers();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> EventProbe.await(kafka,
                TenderEvent.TOPIC, e -> projectId.equals(e.key()), Duration.ofSeconds(5)).size() >= atLeast);
        return EventProbe.await(kafka, TenderEvent.TOPIC, e -> projectId.equals(e.key()), Duration.ofSeconds(5));
    }

    @Test
    void createAnnounceAndAmendAreStoredAndPublishedAsValidEvents() {
        ApiClient.Response created = api.post("/api/trading/projects", tenderee, project("20000.00")).expect(201);
        String id = created.text("id");
        assertThat(created.text("status")).isEqualTo("DRAFT");
        assertThat(created.body().path("allowedActions").toString()).contains("announcement");
        assertThat(jdbc.sql("SELECT tenderee FROM tender_project WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("tenderee1");

        ApiClient.Response announced = api.post("/api/trading/projects/" + id + "/announcement", agent, ANNOUNCEMENT)
                .expect(200);
        assertThat(announced.text("status")).isEqualTo("TENDERING");
        assertThat(announced.body().path("lots").get(1).path("decryptionWindowMinutes").asInt()).isEqualTo(45);

        clock.set(LocalDate.of(2026, 3, 13), LocalTime.of(15, 0));
        ApiClient.Response amended = api.post("/api/trading/projects/" + id + "/amendments", tenderee,
                "{\"summary\":\"技术规格第 3.2 条修改\",\"material\":true}").expect(200);
        assertThat(amended.body().path("lots").get(0).path("bidDeadline").asString()).isEqualTo("2026-03-30T01:30:00Z");
        assertThat(jdbc.sql("SELECT bid_deadline FROM tender_lot WHERE project_id = ? ORDER BY id").param(id)
                .query(java.sql.Timestamp.class).list()).allMatch(t -> t.toInstant().toString().equals("2026-03-30T01:30:00Z"));

        List<EventProbe.Event> events = events(id, 2);
        assertThat(events).extracting(EventProbe.Event::type)
                .contains("gov.trading.tender-announced.v1", "gov.trading.tender-amended.v1");
        events.forEach(e -> Contracts.assertValid(e.type(), e.data()));
        assertThat(events).allSatisfy(e -> assertThat(e.subject()).isEqualTo(id));
    }

    @Test
    void aRetriedCreationWithTheSameIdempotencyKeyAnswersTheFirstProject() {
        String key = "create-" + java.util.UUID.randomUUID();
        String first = api.send("POST", "/api/trading/projects", tenderee, project("0.00"), "Idempotency-Key", key)
                .expect(201).text("id");
        String again = api.send("POST", "/api/trading/projects", tenderee, project("0.00"), "Idempotency-Key", key)
                .expect(201).text("id");
        assertThat(again).isEqualTo(first);
        String other = api.send("POST", "/api/trading/projects", agent, project("0.00").replace("\"agent\":\"tenderagent1\",",
                "\"tenderee\":\"tenderee1\","), "Idempotency-Key", key).expect(201).text("id");
        assertThat(other).isNotEqualTo(first); // keys are per caller
        assertThat(jdbc.sql("SELECT COUNT(*) FROM project_creation_key WHERE idem_key = ?").param(key).query(Long.class)
                .single()).isEqualTo(2);
    }

    @Test
    void aDepositAboveTwoPercentIsRefusedNamingTheRule() {
        ApiClient.Response r = api.post("/api/trading/projects", tenderee, project("21000.00"));
        assertProblem(r, 422, "BID_SECURITY_ABOVE_LIMIT");
        assertThat(r.raw()).contains("第二十六条");
    }

    @Test
    void anAnnouncementTooShortIsRefusedAndASecondAnnouncementIsAConflictListingTheAllowedSteps() {
        String id = api.post("/api/trading/projects", tenderee, project("0.00")).expect(201).text("id");
        assertProblem(api.post("/api/trading/projects/" + id + "/announcement", tenderee,
                ANNOUNCEMENT.replace("2026-03-23T01:30:00Z", "2026-03-20T01:30:00Z")), 422, "BID_DEADLINE_TOO_EARLY");
        api.post("/api/trading/projects/" + id + "/announcement", tenderee, ANNOUNCEMENT).expect(200);
        ApiClient.Response again = api.post("/api/trading/projects/" + id + "/announcement", tenderee, ANNOUNCEMENT);
        assertProblem(again, 409, "ILLEGAL_TRANSITION");
        assertThat(again.body().path("allowed").toString()).contains("amendment", "cancellation");
    }

    @Test
    void projectsOutOfScopeAnswer404AndBiddersSeeOnlyThePublicNotice() {
        String id = api.post("/api/trading/projects", tenderee, project("0.00")).expect(201).text("id");
        assertProblem(api.get("/api/trading/projects/" + id, otherTenderee), 404, "PROJECT_NOT_FOUND");
        assertProblem(api.get("/api/trading/projects/" + id, guangzhouStaff), 404, "PROJECT_NOT_FOUND");
        assertProblem(api.get("/api/trading/projects/" + id, bidder1), 404, "PROJECT_NOT_FOUND");
        api.get("/api/trading/projects/" + id, staff).expect(200);
        api.get("/api/trading/projects/" + id, agent).expect(200);
        assertProblem(api.post("/api/trading/projects/" + id + "/announcement", otherTenderee, ANNOUNCEMENT), 404,
                "PROJECT_NOT_FOUND");

        api.post("/api/trading/projects/" + id + "/announcement", tenderee, ANNOUNCEMENT).expect(200);
        ApiClient.Response notice = api.get("/api/trading/projects/" + id, bidder1).expect(200);
        assertThat(notice.body().path("publicNotice").asBoolean()).isTrue();
        assertThat(notice.body().path("allowedActions").size()).isZero();
        assertThat(api.get("/api/trading/projects?size=100", otherTenderee).expect(200).raw()).doesNotContain(id);
        assertThat(api.get("/api/trading/projects?size=100", staff).expect(200).raw()).contains(id);
    }

    @Test
    void downloadsStaySecretUntilTheDeadline() {
        String id = announcedProject();
        String lotId = api.get("/api/trading/projects/" + id, tenderee).expect(200).body().path("lots").get(0)
                .path("id").asString();
        api.post("/api/trading/lots/" + lotId + "/documents/download", bidder1, "{}").expect(200);
        api.post("/api/trading/lots/" + lotId + "/documents/download", bidder2, "{}").expect(200);
        api.post("/api/trading/lots/" + lotId + "/documents/download", bidder2, "{}").expect(200);

        // the rows: neither bidder nor lot in any column, nothing to group a lot's rows by
        List<String> rows = jdbc.sql("SELECT CONCAT(entry_tag, ' ', sealed) FROM document_download").query(String.class)
                .list();
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row).doesNotContain("bidder1", "bidder2", lotId, id));
        // the audit trail names a pseudonym, never the bidder
        String audited = "SELECT COUNT(*) FROM %s WHERE action = 'trading.document-download'";
        assertThat(jdbc.sql(audited.formatted("audit_log")).query(Long.class).single()
                + jdbc.sql(audited.formatted("audit_pending")).query(Long.class).single()).isPositive();
        String named = "SELECT COUNT(*) FROM %s WHERE actor_id IN ('bidder1', 'bidder2') OR subject_id = '" + lotId + "'";
        assertThat(jdbc.sql(named.formatted("audit_log")).query(Long.class).single()
                + jdbc.sql(named.formatted("audit_pending")).query(Long.class).single()).isZero();
        // nobody learns who or how many before the deadline, not even the tenderee or the centre
        assertProblem(api.get("/api/trading/lots/" + lotId + "/downloads", tenderee), 422,
                "DOWNLOADS_SECRET_UNTIL_DEADLINE");
        assertProblem(api.get("/api/trading/lots/" + lotId + "/downloads", staff), 422,
                "DOWNLOADS_SECRET_UNTIL_DEADLINE");
        String everyView = api.get("/api/trading/projects/" + id, tenderee).raw()
                + api.get("/api/trading/projects/" + id, bidder1).raw() + api.get("/api/trading/projects?size=100", staff).raw();
        assertThat(everyView).doesNotContain("bidder1", "bidder2", "downloads", "Count", "count");
        // events: no bidder, no count
        clock.set(LocalDate.of(2026, 3, 6), LocalTime.of(10, 0));
        api.post("/api/trading/projects/" + id + "/amendments", tenderee, "{\"summary\":\"图纸补充\",\"material\":true}")
                .expect(200);
        assertThat(events(id, 2)).allSatisfy(e -> assertThat(e.data()).doesNotContain("bidder", "download", "count"));
        // a downloader sees the amendment since their own download
        ApiClient.Response mine = api.get("/api/trading/lots/" + lotId + "/documents/mine", bidder1).expect(200);
        assertThat(mine.body().path("amendmentsSince").size()).isEqualTo(1);

        clock.set(LocalDate.of(2026, 3, 23), LocalTime.of(9, 30));
        ApiClient.Response after = api.get("/api/trading/lots/" + lotId + "/downloads", tenderee).expect(200);
        assertThat(after.body().size()).isEqualTo(2);
        assertThat(after.raw()).contains("bidder1", "bidder2");
    }

    @Test
    void anObjectionInTimePausesTheOpeningUntilTheTendereeAnswersAndNamesNoBidder() {
        String id = announcedProject();
        LotId lot = LotId.of(api.get("/api/trading/projects/" + id, tenderee).expect(200).body().path("lots").get(0)
                .path("id").asString());
        clock.set(LocalDate.of(2026, 3, 14), LocalTime.of(10, 0));
        assertProblem(api.post("/api/trading/projects/" + id + "/objections", bidder1, "{\"text\":\"资格条件排斥潜在投标人\"}"),
                422, "OBJECTION_TOO_LATE");
        clock.set(LocalDate.of(2026, 3, 12), LocalTime.of(10, 0));
        ApiClient.Response filed = api.post("/api/trading/projects/" + id + "/objections", bidder1,
                "{\"text\":\"资格条件排斥潜在投标人\"}").expect(201);
        assertThat(tenders.facts(lot).openingBlocked()).isTrue();
        assertThat(jdbc.sql("SELECT document FROM tender_project WHERE id = ?").param(id).query(String.class).single())
                .doesNotContain("bidder1");

        api.post("/api/trading/projects/" + id + "/objections/" + filed.text("id") + "/answer", agent,
                "{\"answer\":\"资格条件符合规定\"}").expect(200);
        LotFacts facts = tenders.facts(lot);
        assertThat(facts.openingBlocked()).isFalse();
        assertThat(facts.bidDeadline()).isEqualTo(java.time.Instant.parse("2026-03-23T01:30:00Z")); // answered the same day

        List<EventProbe.Event> events = events(id, 3);
        assertThat(events).extracting(EventProbe.Event::type)
                .contains("gov.trading.objection-filed.v1", "gov.trading.objection-answered.v1");
        events.forEach(e -> Contracts.assertValid(e.type(), e.data()));
        assertThat(events).allSatisfy(e -> assertThat(e.data()).doesNotContain("bidder1"));
    }

    @Test
    void theOpeningCapabilityFindsLotsPastTheirDeadlineAndFailsOneWithTwoBids() {
        String id = announcedProject();
        List<String> lotIds = api.get("/api/trading/projects/" + id, tenderee).expect(200).body().path("lots")
                .findValuesAsString("id");
        java.time.Instant deadline = java.time.Instant.parse("2026-03-23T01:30:00Z");
        assertThat(tenders.lotsPastDeadline(deadline.minusSeconds(1), 100)).doesNotContain(LotId.of(lotIds.get(0)));
        assertThat(tenders.lotsPastDeadline(deadline, 1000)).contains(LotId.of(lotIds.get(0)), LotId.of(lotIds.get(1)));
        assertThat(tenders.deadlinePassed(LotId.of(lotIds.get(0)), 2, deadline)).isEqualTo(LotStatus.FAILED);
        assertThat(tenders.deadlinePassed(LotId.of(lotIds.get(1)), 3, deadline)).isEqualTo(LotStatus.OPENING);
        tenders.openingConcluded(LotId.of(lotIds.get(1)));
        assertThat(tenders.facts(LotId.of(lotIds.get(1))).status()).isEqualTo(LotStatus.EVALUATION);
        assertThat(tenders.lotsPastDeadline(deadline, 1000)).doesNotContain(LotId.of(lotIds.get(0)),
                LotId.of(lotIds.get(1)));

        // the failed lot is re-tendered by the tenderee as a new draft lot linked to it; the failed one stays FAILED
        assertProblem(api.post("/api/trading/lots/" + lotIds.get(1) + "/retender", tenderee, "{}"), 409,
                "ILLEGAL_TRANSITION");
        ApiClient.Response retendered = api.post("/api/trading/lots/" + lotIds.get(0) + "/retender", agent, "{}")
                .expect(201);
        assertThat(retendered.body().path("lots").get(2).path("previousLotId").asString()).isEqualTo(lotIds.get(0));
        assertThat(retendered.body().path("lots").get(2).path("status").asString()).isEqualTo("DRAFT");
        assertThat(retendered.body().path("lots").get(0).path("status").asString()).isEqualTo("FAILED");
        assertProblem(api.post("/api/trading/lots/" + lotIds.get(0) + "/retender", agent, "{}"), 409,
                "ILLEGAL_TRANSITION");
    }

    @Test
    void suspensionIsTheCentresAndBlocksTheOpening() {
        String id = announcedProject();
        assertThat(api.post("/api/trading/projects/" + id + "/suspension", tenderee, "{\"reason\":\"x\"}").status())
                .isEqualTo(403);
        api.post("/api/trading/projects/" + id + "/suspension", staff, "{\"reason\":\"投诉处理中\"}").expect(200);
        LotId lot = LotId.of(api.get("/api/trading/projects/" + id, tenderee).expect(200).body().path("lots").get(0)
                .path("id").asString());
        assertThat(tenders.facts(lot).openingBlocked()).isTrue();
        api.post("/api/trading/projects/" + id + "/resumption", staff, "{}").expect(200);
        api.post("/api/trading/projects/" + id + "/cancellation", tenderee, "{\"reason\":\"项目取消\"}").expect(200);
        List<EventProbe.Event> events = events(id, 4);
        assertThat(events).extracting(EventProbe.Event::type).contains("gov.trading.tender-suspended.v1",
                "gov.trading.tender-resumed.v1", "gov.trading.tender-cancelled.v1");
        events.forEach(e -> Contracts.assertValid(e.type(), e.data()));
    }
}
