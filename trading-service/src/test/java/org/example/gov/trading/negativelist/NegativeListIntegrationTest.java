package org.example.gov.trading.negativelist;

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
import org.example.gov.trading.SealedBidFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The negative list through the API on real MariaDB and Kafka: warnings when a draft's text is stored, the announcement
 * refused with every hit, a reviewer's override letting exactly that text through, a changed text blocked again, no
 * change once announced, and who may do what.
 */
@PlatformIntegrationTest
@Import(MutableClock.Config.class)
class NegativeListIntegrationTest {

    static final CatalogCalendarStandIn CATALOG = CatalogCalendarStandIn.start();

    @DynamicPropertySource
    static void catalog(DynamicPropertyRegistry registry) {
        registry.add("platform.clients.item-catalog.url", CATALOG::url);
    }

    static final String DISCRIMINATORY = """
            {"text":"一、资格要求：投标人须在本市注册，并在项目所在地设有售后服务网点。\\n二、技术要求：水泵须为某某品牌。"}""";
    static final String LAWFUL = """
            {"text":"一、资格要求：投标人须具有独立承担民事责任的能力。\\n二、技术要求：流量不低于200立方米每小时。"}""";
    static final String ANNOUNCEMENT = """
            {"announcementUntil":"2026-03-09","documentsFrom":"2026-03-02","documentsUntil":"2026-03-09",
             "bidDeadline":"2026-03-23T01:30:00Z"}""";

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    ApiClient api;
    SealedBidFixture tender;
    final String reviewer = TestTokens.shared().mint("trader1", "440300", "公共资源交易中心", "TRADING_STAFF");
    final String otherRegionReviewer = TestTokens.shared().mint("trader9", "440100", "公共资源交易中心", "TRADING_STAFF");
    final String bidder = TestTokens.shared().mint("bidder-nl", "440300", null, "BIDDER");

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
        tender = new SealedBidFixture(api);
        clock.set(LocalDate.of(2026, 3, 2), LocalTime.of(10, 0));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String draft() {
        return api.post("/api/trading/projects", tender.tenderee, """
                {"title":"水泵采购","track":"CONSTRUCTION","method":"OPEN_TENDER","agent":"tenderagent1",
                 "region":"440304","lots":[{"name":"标段1","amount":"800000.00","deposit":"16000.00","bidValidityDays":90}]}""")
                .expect(201).text("id");
    }

    @Test
    void aDiscriminatoryTextWarnsBlocksTheAnnouncementAndAReviewerOverrideLetsExactlyThatTextThrough() {
        String id = draft();
        ApiClient.Response stored = api.send("PUT", "/api/trading/projects/" + id + "/document", tender.agent, DISCRIMINATORY)
                .expect(200);
        assertThat(stored.body().path("blocksAnnouncement").asBoolean()).isTrue();
        List<String> rules = new java.util.ArrayList<>();
        stored.body().path("hits").forEach(h -> rules.add(h.path("ruleId").asString()));
        assertThat(rules).containsExactly("LOCAL_REGISTRATION", "LOCAL_OFFICE", "BRAND");
        assertThat(stored.body().path("hits").get(0).path("legalBasis").asString()).contains("政府采购法实施条例");

        ApiClient.Response refused = api.post("/api/trading/projects/" + id + "/announcement", tender.agent, ANNOUNCEMENT);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("NEGATIVE_LIST_HITS");
        assertThat(refused.body().path("hits").size()).isEqualTo(3);
        assertThat(api.get("/api/trading/projects/" + id, tender.tenderee).expect(200).text("status")).isEqualTo("DRAFT");

        // only a reviewer of the trading centre in the project's region may override, with a reason
        assertThat(api.post("/api/trading/projects/" + id + "/document/override", tender.tenderee,
                "{\"reason\":\"自行放行\"}").status()).isEqualTo(403);
        assertThat(api.post("/api/trading/projects/" + id + "/document/override", otherRegionReviewer,
                "{\"reason\":\"放行\"}").status()).isEqualTo(404);
        assertThat(api.post("/api/trading/projects/" + id + "/document/override", reviewer, "{\"reason\":\" \"}")
                .status()).isEqualTo(400);
        ApiClient.Response overridden = api.post("/api/trading/projects/" + id + "/document/override", reviewer,
                "{\"reason\":\"售后网点要求已改为到场时间承诺，见澄清\"}").expect(200);
        assertThat(overridden.body().path("blocksAnnouncement").asBoolean()).isFalse();
        assertThat(overridden.body().path("override").path("by").asString()).isEqualTo("trader1");

        // the drafter changes the text after the override: blocked again
        api.send("PUT", "/api/trading/projects/" + id + "/document", tender.agent, DISCRIMINATORY.replace("某某", "某甲"))
                .expect(200);
        assertThat(api.post("/api/trading/projects/" + id + "/announcement", tender.agent, ANNOUNCEMENT).status())
                .isEqualTo(422);
        api.post("/api/trading/projects/" + id + "/document/override", reviewer, "{\"reason\":\"已论证\"}").expect(200);
        api.post("/api/trading/projects/" + id + "/announcement", tender.agent, ANNOUNCEMENT).expect(200);

        // announced: the text no longer changes, nor is it overridden
        ApiClient.Response late = api.send("PUT", "/api/trading/projects/" + id + "/document", tender.agent, LAWFUL);
        assertThat(late.status()).as(late.raw()).isEqualTo(409);
        assertThat(late.text("code")).isEqualTo("ILLEGAL_TRANSITION");

        String kafka = SharedInfrastructure.kafka().bootstrapServers();
        List<EventProbe.Event> hits = EventProbe.await(kafka, "gov.trading.events",
                e -> id.equals(e.key()) && e.type().equals("gov.trading.negative-list-hit.v1"), Duration.ofSeconds(20));
        assertThat(hits).hasSizeGreaterThanOrEqualTo(2);
        hits.forEach(e -> Contracts.assertValid(e.type(), e.data()));
        assertThat(hits.getFirst().data()).contains("LOCAL_OFFICE").doesNotContain("售后服务网点");
    }

    @Test
    void aLawfulTextAnnouncesWithoutAWordAndOnlyThePartiesWriteIt() {
        String id = draft();
        assertThat(api.send("PUT", "/api/trading/projects/" + id + "/document", bidder, LAWFUL).status()).isEqualTo(403);
        assertThat(api.send("PUT", "/api/trading/projects/" + id + "/document", tender.agent, "{\"text\":\"\"}").status())
                .isEqualTo(400);
        assertThat(api.get("/api/trading/projects/" + id + "/document", reviewer).status()).isEqualTo(404);

        ApiClient.Response stored = api.send("PUT", "/api/trading/projects/" + id + "/document", tender.tenderee, LAWFUL)
                .expect(200);
        assertThat(stored.body().path("hits").size()).isZero();
        assertThat(api.post("/api/trading/projects/" + id + "/document/override", reviewer, "{\"reason\":\"无\"}").status())
                .isEqualTo(409);
        assertThat(api.get("/api/trading/projects/" + id + "/document", reviewer).expect(200).text("text"))
                .contains("流量不低于200立方米每小时");
        assertThat(api.get("/api/trading/projects/" + id + "/document", otherRegionReviewer).status()).isEqualTo(404);
        api.post("/api/trading/projects/" + id + "/announcement", tender.agent, ANNOUNCEMENT).expect(200);

        // the editor's dry run: nothing stored
        ApiClient.Response scan = api.post("/api/trading/negative-list/scan", tender.agent,
                "{\"text\":\"本项目仅限国有企业参与投标。\"}").expect(200);
        assertThat(scan.body().get(0).path("ruleId").asString()).isEqualTo("OWNERSHIP");
        assertThat(api.get("/api/trading/negative-list/rules", bidder).status()).isEqualTo(403);
        assertThat(api.get("/api/trading/negative-list/rules", tender.agent).expect(200).body().size()).isEqualTo(7);
    }
}
