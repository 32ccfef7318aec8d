package org.example.gov.catalog.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformIntegrationTest
class ItemApiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String maintainer;
    String applicant;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
        maintainer = TestTokens.shared().mint("maintainer1", "440000", "省政务服务数据管理局", "CATALOG_MAINTAINER");
        applicant = TestTokens.shared().mint("applicant1", "440300", null, "APPLICANT");
    }

    @Test
    void maintainerPublishesAnItemAndItsEventReachesKafkaAsACloudEventMatchingTheContract() {
        String code = "XK-" + System.nanoTime();
        ApiClient.Response created = api.post("/api/catalog/items", maintainer, ApiClient.json(item(code, 20, 5))).expect(201);
        String id = created.text("id");
        assertThat(created.header("Location")).isEqualTo("/api/catalog/items/" + id);
        assertThat(created.text("status")).isEqualTo("DRAFT");

        ApiClient.Response published = api.post("/api/catalog/items/" + id + "/publication", maintainer, null).expect(200);
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
        api.post("/api/catalog/items/" + id + "/publication", maintainer, null).expect(200);

        ApiClient.Response again = api.post("/api/catalog/items/" + id + "/publication", maintainer, null).expect(409);

        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(again.text("code")).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(again.body().path("allowed").isArray()).isTrue();
        assertThat(again.text("state")).isEqualTo("PUBLISHED");
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
