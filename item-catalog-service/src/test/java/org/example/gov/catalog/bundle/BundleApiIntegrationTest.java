package org.example.gov.catalog.bundle;

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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
@Import(MutableClock.Config.class)
class BundleApiIntegrationTest {

    @LocalServerPort
    int port;

    ApiClient api;
    String maintainer;
    String reviewer;
    String region;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
        maintainer = TestTokens.shared().mint("maintainer1", "440000", "省政务服务数据管理局", "CATALOG_MAINTAINER");
        reviewer = TestTokens.shared().mint("reviewer1", "440000", "省政务服务数据管理局", "CATALOG_REVIEWER");
        // a county of 广东 (44xxxx) that no other test uses: inside the provincial maintainer's and reviewer's scope
        region = "44" + (5000 + System.nanoTime() % 4900);
    }

    @Test
    void aMaintainerDraftsAReviewerPublishesAndThePublicSeesItemsSharedMaterialsAndTheCombinedLimit() {
        String certificate = publishedItem("出生医学证明首次签发", "市卫生健康委员会", "PROMISED", 10, 3);
        String registration = publishedItem("出生登记（新生儿入户）", "市公安局", "PROMISED", 10, 5);
        String card = publishedItem("社会保障卡申领", "市人力资源和社会保障局", "INSTANT", 1, null);
        String code = "YJS-CS-" + System.nanoTime();

        ApiClient.Response created = api.post("/api/catalog/bundles", maintainer, ApiClient.json(bundle(code,
                List.of(certificate, registration, card),
                List.of(shared("父母居民身份证", certificate, registration, card), shared("出生医学证明", registration, card)))))
                .expect(201);
        String id = created.text("id");
        assertThat(created.header("Location")).isEqualTo("/api/catalog/bundles/" + id);
        assertThat(created.text("status")).isEqualTo("DRAFT");
        // a draft is not public
        api.get("/api/catalog/bundles/" + id, null).expect(404);
        assertThat(api.get("/api/catalog/bundles/" + id, maintainer).expect(200).text("status")).isEqualTo("DRAFT");

        // four eyes: the maintainer may not publish
        api.post("/api/catalog/bundles/" + id + "/publication", maintainer, null).expect(403);
        ApiClient.Response published = api.post("/api/catalog/bundles/" + id + "/publication", reviewer, null).expect(200);
        assertThat(published.text("status")).isEqualTo("PUBLISHED");

        JsonNode doc = api.get("/api/catalog/bundles/" + id, null).expect(200).body();
        assertThat(doc.path("name").asString()).isEqualTo("出生一件事");
        assertThat(doc.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(doc.path("items").findValuesAsString("itemId")).containsExactly(certificate, registration, card);
        assertThat(doc.path("items").findValuesAsString("department"))
                .containsExactly("市卫生健康委员会", "市公安局", "市人力资源和社会保障局");
        assertThat(doc.path("items").path(0).path("name").asString()).isEqualTo("出生医学证明首次签发");
        assertThat(doc.path("items").path(0).path("code").asString()).startsWith("GG-");
        assertThat(doc.path("items").path(1).path("promisedDays").asInt()).isEqualTo(5);
        assertThat(doc.path("items").path(2).path("promisedDays").asInt()).isZero();
        assertThat(doc.path("combinedPromisedDays").asInt()).isEqualTo(5);
        assertThat(doc.path("sharedMaterials").findValuesAsString("name")).containsExactly("父母居民身份证", "出生医学证明");
        assertThat(doc.path("sharedMaterials").path(1).path("itemIds").toString()).contains(registration).contains(card)
                .doesNotContain(certificate);

        JsonNode page = api.get("/api/catalog/bundles?topic=出生&region=" + region, null).expect(200).body();
        assertThat(page.path("content").findValuesAsString("id")).containsExactly(id);
        assertThat(page.path("totalElements").asLong()).isEqualTo(1);
        assertThat(api.get("/api/catalog/bundles?topic=身后&region=" + region, null).expect(200).body()
                .path("totalElements").asLong()).isZero();

        List<EventProbe.Event> events = EventProbe.await(SharedInfrastructure.kafka().bootstrapServers(),
                BundleEvents.TOPIC, e -> id.equals(e.subject()), Duration.ofSeconds(20));
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(BundleEvents.BUNDLE_PUBLISHED);
            assertThat(event.key()).isEqualTo(id);
            assertThat(event.data()).contains(code).contains(registration).contains("市公安局");
            Contracts.assertValid(event.type(), event.data());
        });
    }

    @Test
    void publishingWithAnUnpublishedItemAnswers422NamingTheItem() {
        String certificate = publishedItem("出生医学证明首次签发", "市卫生健康委员会", "PROMISED", 10, 3);
        String draftCode = "QR-" + System.nanoTime();
        String draft = api.post("/api/catalog/items", maintainer, ApiClient.json(item(draftCode, "出生登记（新生儿入户）", "市公安局",
                "PROMISED", 10, 5))).expect(201).text("id");
        String id = api.post("/api/catalog/bundles", maintainer, ApiClient.json(bundle("YJS-" + System.nanoTime(),
                List.of(certificate, draft), List.of()))).expect(201).text("id");

        ApiClient.Response refused = api.post("/api/catalog/bundles/" + id + "/publication", reviewer, null).expect(422);

        assertThat(refused.text("code")).isEqualTo("BUNDLE_ITEM_NOT_PUBLISHED");
        assertThat(refused.text("field")).isEqualTo("items[1]");
        assertThat(refused.text("detail")).contains(draftCode);
        assertThat(api.get("/api/catalog/bundles/" + id, maintainer).expect(200).text("status")).isEqualTo("DRAFT");
    }

    @Test
    void aSecondPublicationAnswers409AndCancellationIsForMaintainers() {
        String id = api.post("/api/catalog/bundles", maintainer, ApiClient.json(bundle("YJS-" + System.nanoTime(),
                List.of(publishedItem("营业执照登记（设立）", "市市场监督管理局", "PROMISED", 15, 1),
                        publishedItem("新办纳税人套餐式服务（税务登记）", "市税务局", "PROMISED", 5, 1)), List.of())))
                .expect(201).text("id");
        api.post("/api/catalog/bundles/" + id + "/publication", reviewer, null).expect(200);

        ApiClient.Response again = api.post("/api/catalog/bundles/" + id + "/publication", reviewer, null).expect(409);

        assertThat(again.text("code")).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(again.text("state")).isEqualTo("PUBLISHED");
        assertThat(again.body().path("allowed").toString()).contains("cancel");

        api.post("/api/catalog/bundles/" + id + "/cancellation", reviewer, null).expect(403);
        assertThat(api.post("/api/catalog/bundles/" + id + "/cancellation", maintainer, "{\"reason\":\"合并到新一件事\"}")
                .expect(200).text("status")).isEqualTo("CANCELLED");
        assertThat(api.get("/api/catalog/bundles?region=" + region, null).expect(200).body().path("totalElements").asLong())
                .isZero();
        api.post("/api/catalog/bundles/" + id + "/cancellation", maintainer, null).expect(409);
    }

    @Test
    void aBrokenRuleAnswers422NamingTheFieldAndAnUnknownBundle404() {
        String a = publishedItem("营业执照登记（设立）", "市市场监督管理局", "PROMISED", 15, 1);
        String b = publishedItem("食品经营许可证核发", "市市场监督管理局", "PROMISED", 20, 5);

        ApiClient.Response single = api.post("/api/catalog/bundles", maintainer,
                ApiClient.json(bundle("YJS-" + System.nanoTime(), List.of(a, b), List.of()))).expect(422);
        assertThat(single.text("code")).isEqualTo("BUNDLE_SINGLE_DEPARTMENT");
        assertThat(single.text("field")).isEqualTo("items");

        String c = publishedItem("新办纳税人套餐式服务（税务登记）", "市税务局", "PROMISED", 5, 1);
        ApiClient.Response material = api.post("/api/catalog/bundles", maintainer,
                ApiClient.json(bundle("YJS-" + System.nanoTime(), List.of(a, c), List.of(shared("公司章程", a))))).expect(422);
        assertThat(material.text("code")).isEqualTo("SHARED_MATERIAL_TOO_FEW_ITEMS");
        assertThat(material.text("field")).isEqualTo("sharedMaterials[0].itemIds");

        api.post("/api/catalog/bundles", null, ApiClient.json(bundle("YJS-X", List.of(a, c), List.of()))).expect(401);
        api.post("/api/catalog/bundles", reviewer, ApiClient.json(bundle("YJS-X", List.of(a, c), List.of()))).expect(403);
        assertThat(api.get("/api/catalog/bundles/00000000-0000-0000-0000-000000000000", null).expect(404).text("code"))
                .isEqualTo("BUNDLE_NOT_FOUND");
    }

    private String publishedItem(String name, String department, String kind, int legalDays, Integer promisedDays) {
        String prefix = department.contains("卫生") || department.contains("人力") ? "GG-" : "QR-";
        String id = api.post("/api/catalog/items", maintainer,
                ApiClient.json(item(prefix + System.nanoTime(), name, department, kind, legalDays, promisedDays)))
                .expect(201).text("id");
        api.post("/api/catalog/items/" + id + "/review-request", maintainer, null).expect(200);
        api.post("/api/catalog/items/" + id + "/publication", reviewer, null).expect(200);
        return id;
    }

    private Map<String, Object> item(String code, String name, String department, String kind, int legalDays,
            Integer promisedDays) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("department", department);
        body.put("region", region);
        body.put("kind", kind);
        body.put("legalDays", legalDays);
        body.put("promisedDays", promisedDays);
        return body;
    }

    private Map<String, Object> bundle(String code, List<String> itemIds, List<Map<String, Object>> sharedMaterials) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", "出生一件事");
        body.put("topic", "出生");
        body.put("region", region);
        body.put("description", "新生儿出生后，出生医学证明、户口登记、社保卡一次办好");
        body.put("itemIds", itemIds);
        body.put("sharedMaterials", sharedMaterials);
        return body;
    }

    private static Map<String, Object> shared(String name, String... itemIds) {
        return Map.of("name", name, "itemIds", List.of(itemIds));
    }
}
