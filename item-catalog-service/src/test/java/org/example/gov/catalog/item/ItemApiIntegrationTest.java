package org.example.gov.catalog.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.example.gov.testsupport.MutableClock;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.Contracts;
import org.example.gov.testsupport.EventProbe;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.example.gov.testsupport.SharedInfrastructure;
import org.example.gov.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformIntegrationTest
@Import(MutableClock.Config.class)
class ItemApiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String maintainer;
    String applicant;
    String reviewer;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
        maintainer = TestTokens.shared().mint("maintainer1", "440000", "省政务服务数据管理局", "CATALOG_MAINTAINER");
        applicant = TestTokens.shared().mint("applicant1", "440300", null, "APPLICANT");
        reviewer = TestTokens.shared().mint("reviewer1", "440000", "省政务服务数据管理局", "CATALOG_REVIEWER");
    }

    @Test
    void maintainerSubmitsReviewerPublishesAndTheEventReachesKafkaAsACloudEventMatchingTheContract() {
        String code = "XK-" + System.nanoTime();
        ApiClient.Response created = api.post("/api/catalog/items", maintainer, ApiClient.json(item(code, 20, 5))).expect(201);
        String id = created.text("id");
        assertThat(created.header("Location")).isEqualTo("/api/catalog/items/" + id);
        assertThat(created.text("status")).isEqualTo("DRAFT");

        api.post("/api/catalog/items/" + id + "/review-request", maintainer, null).expect(200);
        // four eyes: the maintainer may not publish
        api.post("/api/catalog/items/" + id + "/publication", maintainer, null).expect(403);
        ApiClient.Response published = api.post("/api/catalog/items/" + id + "/publication", reviewer, null).expect(200);
        assertThat(published.text("status")).isEqualTo("PUBLISHED");
        assertThat(published.body().path("version").asInt()).isEqualTo(1);

        // anyone may read a published item, without a token
        assertThat(api.get("/api/catalog/items/" + id, null).expect(200).body().path("promisedDays").asInt()).isEqualTo(5);

        List<EventProbe.Event> events = EventProbe.await(SharedInfrastructure.kafka().bootstrapServers(),
                ItemEvents.TOPIC, e -> id.equals(e.subject()), Duration.ofSeconds(20));
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(ItemEvents.ITEM_PUBLISHED);
            assertThat(event.key()).isEqualTo(id);
            assertThat(event.source()).isEqualTo("/gov/item-catalog-service");
            Contracts.assertValid(event.type(), event.data());
        });
    }

    @Test
    void publishingTwiceAnswers409WithTheAllowedActions() {
        String id = api.post("/api/catalog/items", maintainer, ApiClient.json(item("XK-" + System.nanoTime(), 20, 5)))
                .expect(201).text("id");
        api.post("/api/catalog/items/" + id + "/review-request", maintainer, null).expect(200);
        api.post("/api/catalog/items/" + id + "/publication", reviewer, null).expect(200);

        ApiClient.Response again = api.post("/api/catalog/items/" + id + "/publication", reviewer, null).expect(409);

        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(again.text("code")).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(again.body().path("allowed").isArray()).isTrue();
        assertThat(again.text("state")).isEqualTo("PUBLISHED");
        assertThat(again.body().path("allowed").toString()).contains("edit").contains("cancel");
    }

    @Test
    void aGuideBreakingAPublicationRuleIsRefusedAtReviewRequestWith422NamingTheField() {
        Map<String, Object> body = item("XK-" + System.nanoTime(), 20, 5);
        body.put("guide", Map.of("onlineDepth", "FULLY_ONLINE", "maxVisits", 1));
        String id = api.post("/api/catalog/items", maintainer, ApiClient.json(body)).expect(201).text("id");

        ApiClient.Response refused = api.post("/api/catalog/items/" + id + "/review-request", maintainer, null).expect(422);

        assertThat(refused.text("code")).isEqualTo("FULLY_ONLINE_REQUIRES_NO_VISITS");
        assertThat(refused.text("field")).isEqualTo("guide.maxVisits");
        assertThat(api.get("/api/catalog/items/" + id, maintainer).expect(200).text("status")).isEqualTo("DRAFT");
    }

    @Test
    void versionTwoWaitsForItsEffectiveDateWhileVersionOneStaysInForceAndBothStayReadable() {
        String id = publish(item("XK-" + System.nanoTime(), 20, 5), null);
        Map<String, Object> changed = item("ignored", 20, 3);
        api.put("/api/catalog/items/" + id, maintainer, ApiClient.json(changed)).expect(200);
        api.post("/api/catalog/items/" + id + "/review-request", maintainer, null).expect(200);
        String tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        ApiClient.Response v2 = api.post("/api/catalog/items/" + id + "/publication", reviewer,
                "{\"effectiveDate\":\"" + tomorrow + "\"}").expect(200);
        assertThat(v2.body().path("version").asInt()).isEqualTo(2);

        ApiClient.Response inForce = api.get("/api/catalog/items/" + id, null).expect(200);
        assertThat(inForce.body().path("version").asInt()).isEqualTo(1);
        assertThat(inForce.text("status")).isEqualTo("PUBLISHED");
        assertThat(inForce.body().path("promisedDays").asInt()).isEqualTo(5);
        ApiClient.Response second = api.get("/api/catalog/items/" + id + "/versions/2", null).expect(200);
        assertThat(second.body().path("promisedDays").asInt()).isEqualTo(3);
        assertThat(second.text("effectiveDate")).isEqualTo(tomorrow);
        assertThat(api.get("/api/catalog/items/" + id + "/versions/1", null).expect(200).body().path("promisedDays").asInt()).isEqualTo(5);

        List<EventProbe.Event> events = EventProbe.await(SharedInfrastructure.kafka().bootstrapServers(), ItemEvents.TOPIC,
                e -> id.equals(e.subject()) && e.type().equals(ItemEvents.ITEM_CHANGED), Duration.ofSeconds(20));
        assertThat(events).singleElement().satisfies(e -> Contracts.assertValid(e.type(), e.data()));
    }

    @Test
    void aRejectedItemGoesBackToDraftWithTheReasonAndAnIllegalCancelAnswers409() {
        String id = api.post("/api/catalog/items", maintainer, ApiClient.json(item("XK-" + System.nanoTime(), 20, 5))).expect(201).text("id");
        api.post("/api/catalog/items/" + id + "/review-request", maintainer, null).expect(200);
        assertThat(api.post("/api/catalog/items/" + id + "/cancellation", maintainer, null).expect(409).text("state")).isEqualTo("IN_REVIEW");

        ApiClient.Response rejected = api.post("/api/catalog/items/" + id + "/rejection", reviewer, "{\"reason\":\"缺少收费依据\"}").expect(200);

        assertThat(rejected.text("status")).isEqualTo("DRAFT");
        assertThat(rejected.text("rejectionReason")).isEqualTo("缺少收费依据");
    }

    @Test
    void aCancelledItemLeavesTheSearchAndItsEventMatchesTheContract() {
        String code = "XK-" + System.nanoTime();
        Map<String, Object> body = item(code, 20, 5);
        body.put("name", "古籍修复许可" + code);
        String id = publish(body, null);
        assertThat(api.get("/api/catalog/items?q=古籍修复&size=50", null).expect(200).raw()).contains(id);

        api.post("/api/catalog/items/" + id + "/cancellation", maintainer, "{\"reason\":\"职能调整\"}").expect(200);

        assertThat(api.get("/api/catalog/items?q=古籍修复&size=50", null).expect(200).raw()).doesNotContain(id);
        assertThat(api.get("/api/catalog/items/" + id, null).expect(200).text("status")).isEqualTo("CANCELLED");
        List<EventProbe.Event> events = EventProbe.await(SharedInfrastructure.kafka().bootstrapServers(), ItemEvents.TOPIC,
                e -> id.equals(e.subject()) && e.type().equals(ItemEvents.ITEM_CANCELLED), Duration.ofSeconds(20));
        assertThat(events).singleElement().satisfies(e -> Contracts.assertValid(e.type(), e.data()));
    }

    @Test
    void searchingForBanYingYeZhiZhaoRanksBusinessLicenceItemsAboveUnrelatedOnes() {
        // a county of 广东 (44xxxx) that no other test uses: inside the provincial maintainer's and reviewer's scope
        String region = "44" + (5000 + System.nanoTime() % 4900);
        Map<String, Object> licence = item("XK-" + System.nanoTime(), 15, 1);
        licence.put("name", "营业执照登记（设立）");
        licence.put("region", region);
        licence.put("guide", Map.of("keywords", List.of("开办企业", "个体工商户"), "topics", List.of("企业开办")));
        Map<String, Object> food = item("XK-" + System.nanoTime(), 20, 5);
        food.put("region", region);
        food.put("guide", Map.of("conditions", List.of("已取得营业执照")));
        Map<String, Object> unrelated = item("GG-" + System.nanoTime(), 20, 5);
        unrelated.put("name", "出生医学证明首次签发");
        unrelated.put("region", region);
        String licenceId = publish(licence, null);
        String foodId = publish(food, null);
        String unrelatedId = publish(unrelated, null);

        tools.jackson.databind.JsonNode page = api.get("/api/catalog/items?q=办营业执照&region=" + region, null).expect(200).body();

        List<String> ids = page.path("content").findValuesAsString("id");
        assertThat(ids).containsExactly(licenceId, foodId);
        assertThat(ids).doesNotContain(unrelatedId);
        assertThat(page.path("totalElements").asLong()).isEqualTo(2);
        assertThat(api.get("/api/catalog/items?topic=企业开办&region=" + region, null).expect(200).body()
                .path("content").findValuesAsString("id")).containsExactly(licenceId);
        assertThat(api.get("/api/catalog/items?region=" + region + "&size=1&page=1", null).expect(200).body()
                .path("content").size()).isEqualTo(1);
    }

    @Test
    void aPublishedItemExportsAsACpsvPublicServiceInJsonLd() {
        Map<String, Object> body = item("XK-" + System.nanoTime(), 20, 5);
        body.put("legalBasis", List.of("《中华人民共和国食品安全法》第三十五条"));
        body.put("guide", Map.of("charged", true,
                "fees", List.of(Map.of("name", "工本费", "basis", "粤价〔2019〕1号", "amount", 10)),
                "materials", List.of(Map.of("name", "食品经营许可申请书", "required", true, "form", "ELECTRONIC", "copies", 1,
                        "source", "APPLICANT"))));
        String id = publish(body, null);

        ApiClient.Response cpsv = api.get("/api/catalog/items/" + id + "/cpsv", null).expect(200);

        assertThat(cpsv.header("Content-Type")).startsWith("application/ld+json");
        tools.jackson.databind.JsonNode doc = cpsv.body();
        assertThat(doc.path("@context").isObject()).isTrue();
        assertThat(doc.path("@type").asString()).isEqualTo("PublicService");
        assertThat(doc.path("identifier").asString()).isEqualTo(body.get("code"));
        assertThat(doc.path("name").path("@value").asString()).isEqualTo("食品经营许可证核发");
        assertThat(doc.path("hasCompetentAuthority").path("prefLabel").asString()).isEqualTo("市市场监督管理局");
        assertThat(doc.path("hasInput").path(0).path("name").asString()).isEqualTo("食品经营许可申请书");
        assertThat(doc.path("hasCost").path(0).path("value").asInt()).isEqualTo(10);
        assertThat(doc.path("follows").path(0).path("name").asString()).contains("食品安全法");
        assertThat(doc.path("processingTime").asString()).isEqualTo("P5D");
        assertThat(doc.path("spatial").path("identifier").asString()).isEqualTo("440300");
    }

    private String publish(Map<String, Object> body, String effectiveDate) {
        String id = api.post("/api/catalog/items", maintainer, ApiClient.json(body)).expect(201).text("id");
        api.post("/api/catalog/items/" + id + "/review-request", maintainer, null).expect(200);
        api.post("/api/catalog/items/" + id + "/publication", reviewer,
                effectiveDate == null ? null : "{\"effectiveDate\":\"" + effectiveDate + "\"}").expect(200);
        return id;
    }

    @Test
    void anApplicantMayNotCreateItemsAndAnonymousCallersMustLogIn() {
        ApiClient.Response forbidden = api.post("/api/catalog/items", applicant, ApiClient.json(item("XK-A", 20, 5))).expect(403);
        assertThat(forbidden.text("code")).isEqualTo("FORBIDDEN");

        ApiClient.Response anonymous = api.post("/api/catalog/items", null, ApiClient.json(item("XK-B", 20, 5))).expect(401);
        assertThat(anonymous.text("code")).isEqualTo("UNAUTHENTICATED");
        assertThat(countItems("XK-A", "XK-B")).isZero();
    }

    @Test
    void malformedJsonAnswers400ProblemAndStoresNothing() {
        ApiClient.Response response = api.post("/api/catalog/items", maintainer, "{\"code\": \"XK-BAD\", ").expect(400);

        assertThat(response.text("code")).isEqualTo("MALFORMED_REQUEST");
        assertThat(response.raw()).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(countItems("XK-BAD")).isZero();
    }

    @Test
    void aMissingFieldAnswers400WithTheFieldNamedAndStoresNothing() {
        Map<String, Object> body = item("XK-NONAME", 20, 5);
        body.remove("name");

        ApiClient.Response response = api.post("/api/catalog/items", maintainer, ApiClient.json(body)).expect(400);

        assertThat(response.text("code")).isEqualTo("VALIDATION_FAILED");
        assertThat(response.body().path("errors").findValuesAsString("field")).contains("name");
        assertThat(countItems("XK-NONAME")).isZero();
    }

    @Test
    void aPromisedLimitAboveTheLegalOneAnswers422NamingTheFieldInChineseOrEnglish() {
        ApiClient.Response zh = api.post("/api/catalog/items", maintainer, ApiClient.json(item("XK-LIMIT", 20, 30))).expect(422);
        assertThat(zh.text("code")).isEqualTo("PROMISED_EXCEEDS_LEGAL");
        assertThat(zh.text("field")).isEqualTo("promisedDays");
        assertThat(zh.text("detail")).contains("不得超过法定办结时限");

        ApiClient.Response en = api.send("POST", "/api/catalog/items", maintainer, ApiClient.json(item("XK-LIMIT", 20, 30)),
                "Accept-Language", "en").expect(422);
        assertThat(en.text("detail")).contains("may not exceed the legal limit");
        assertThat(countItems("XK-LIMIT")).isZero();
    }

    @Test
    void anUnknownItemAnswers404Problem() {
        ApiClient.Response response = api.get("/api/catalog/items/00000000-0000-0000-0000-000000000000", null).expect(404);
        assertThat(response.text("code")).isEqualTo("ITEM_NOT_FOUND");
        assertThat(api.get("/api/catalog/nothing-here", null).expect(404).text("code")).isEqualTo("NOT_FOUND");
    }

    private long countItems(String... codes) {
        return jdbc.sql("SELECT COUNT(*) FROM item WHERE code IN (:codes)").param("codes", List.of(codes))
                .query(Long.class).single();
    }

    private static Map<String, Object> item(String code, int legalDays, Integer promisedDays) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", "食品经营许可证核发");
        body.put("department", "市市场监督管理局");
        body.put("region", "440300");
        body.put("kind", "PROMISED");
        body.put("legalDays", legalDays);
        body.put("promisedDays", promisedDays);
        return body;
    }
}
