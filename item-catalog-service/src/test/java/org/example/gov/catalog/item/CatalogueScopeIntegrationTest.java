package org.example.gov.catalog.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.MutableClock;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.example.gov.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who may do what in the catalogue (issue 11), through the API against the real database: maintainers and reviewers
 * act only within their region and below (out of scope an item is 404, as if it did not exist), base items are for
 * provincial maintainers, and no reviewer reviews their own work.
 */
@PlatformIntegrationTest
@Import(MutableClock.Config.class)
class CatalogueScopeIntegrationTest {

    static final String UNKNOWN = "/api/catalog/items/00000000-0000-0000-0000-000000000000";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String provincialMaintainer;
    String provincialReviewer;
    String guangzhouMaintainer;
    String guangzhouReviewer;
    String shenzhenMaintainer;
    String shenzhenMaintainerAndReviewer;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
        TestTokens tokens = TestTokens.shared();
        provincialMaintainer = tokens.mint("maintainer1", "440000", "省政务服务数据管理局", "CATALOG_MAINTAINER");
        provincialReviewer = tokens.mint("reviewer1", "440000", "省政务服务数据管理局", "CATALOG_REVIEWER");
        guangzhouMaintainer = tokens.mint("gz-maintainer", "440100", "市政务服务数据管理局", "CATALOG_MAINTAINER");
        guangzhouReviewer = tokens.mint("gz-reviewer", "440100", "市政务服务数据管理局", "CATALOG_REVIEWER");
        shenzhenMaintainer = tokens.mint("sz-maintainer", "440300", "市政务服务数据管理局", "CATALOG_MAINTAINER");
        shenzhenMaintainerAndReviewer = tokens.mint("sz-both", "440300", "市政务服务数据管理局", "CATALOG_MAINTAINER",
                "CATALOG_REVIEWER");
    }

    @Test
    void aGuangzhouMaintainerFindsNoShenzhenItemWhileAProvincialOneMayEditIt() {
        String id = api.post("/api/catalog/items", shenzhenMaintainer, ApiClient.json(item("XK-" + System.nanoTime(), "440300", 5)))
                .expect(201).text("id");
        String path = "/api/catalog/items/" + id;
        String edit = ApiClient.json(item("ignored", "440300", 3));

        // the same answer as for an item that does not exist: its existence is not confirmed
        ApiClient.Response hidden = api.put(path, guangzhouMaintainer, edit).expect(404);
        assertThat(hidden.text("code")).isEqualTo("ITEM_NOT_FOUND")
                .isEqualTo(api.put(UNKNOWN, guangzhouMaintainer, edit).expect(404).text("code"));
        assertThat(api.post(path + "/review-request", guangzhouMaintainer, null).expect(404).text("code")).isEqualTo("ITEM_NOT_FOUND");
        assertThat(api.post(path + "/cancellation", guangzhouMaintainer, null).expect(404).text("code")).isEqualTo("ITEM_NOT_FOUND");
        api.get(path, guangzhouMaintainer).expect(404);
        api.get(path + "/versions", guangzhouMaintainer).expect(404);
        assertThat(rowVersion(id)).as("nothing changed").isZero();

        ApiClient.Response edited = api.put(path, provincialMaintainer, edit).expect(200);
        assertThat(edited.body().path("promisedDays").asInt()).isEqualTo(3);
        assertThat(api.post(path + "/review-request", shenzhenMaintainer, null).expect(200).text("status")).isEqualTo("IN_REVIEW");
    }

    @Test
    void aMaintainerCannotDraftAnItemForARegionOutsideTheirScope() {
        String code = "XK-" + System.nanoTime();

        ApiClient.Response refused = api.post("/api/catalog/items", guangzhouMaintainer, ApiClient.json(item(code, "440300", 5)))
                .expect(403);

        assertThat(refused.text("code")).isEqualTo("ITEM_REGION_OUT_OF_SCOPE");
        assertThat(refused.text("field")).isEqualTo("region");
        assertThat(refused.text("detail")).contains("440300").contains("不在您的事项管理范围内");
        assertThat(api.send("POST", "/api/catalog/items", guangzhouMaintainer, ApiClient.json(item(code, "440300", 5)),
                "Accept-Language", "en").expect(403).text("detail")).contains("outside your catalogue scope");
        assertThat(countItems(code)).isZero();
        // a district of 广州 is theirs
        api.post("/api/catalog/items", guangzhouMaintainer, ApiClient.json(item(code, "440106", 5))).expect(201);
    }

    @Test
    void onlyAProvincialMaintainerMayCreateABaseItem() {
        String code = "XK" + System.nanoTime();
        String body = ApiClient.json(Map.of("code", code, "name", "食品经营许可", "itemType", "LICENSING",
                "legalBasis", List.of("《中华人民共和国食品安全法》第三十五条")));

        ApiClient.Response refused = api.post("/api/catalog/base-items", shenzhenMaintainer, body).expect(403);
        assertThat(refused.text("code")).isEqualTo("BASE_ITEM_PROVINCE_ONLY");
        assertThat(refused.text("detail")).contains("省级事项管理员");
        api.get("/api/catalog/base-items/" + code, null).expect(404);

        api.post("/api/catalog/base-items", provincialMaintainer, body).expect(201);
        assertThat(api.get("/api/catalog/base-items/" + code, null).expect(200).text("name")).isEqualTo("食品经营许可");
    }

    @Test
    void aReviewerCannotApproveOrRejectTheirOwnSubmissionEvenHoldingBothRoles() {
        String id = api.post("/api/catalog/items", shenzhenMaintainerAndReviewer,
                ApiClient.json(item("XK-" + System.nanoTime(), "440300", 5))).expect(201).text("id");
        String path = "/api/catalog/items/" + id;
        api.post(path + "/review-request", shenzhenMaintainerAndReviewer, null).expect(200);

        ApiClient.Response own = api.post(path + "/publication", shenzhenMaintainerAndReviewer, null).expect(403);
        assertThat(own.text("code")).isEqualTo("REVIEWER_IS_AUTHOR");
        assertThat(own.text("detail")).contains("四眼原则");
        assertThat(api.post(path + "/rejection", shenzhenMaintainerAndReviewer, "{\"reason\":\"自己退回\"}").expect(403)
                .text("code")).isEqualTo("REVIEWER_IS_AUTHOR");
        assertThat(api.get(path, shenzhenMaintainerAndReviewer).expect(200).text("status")).isEqualTo("IN_REVIEW");

        assertThat(api.post(path + "/publication", provincialReviewer, null).expect(200).text("status")).isEqualTo("PUBLISHED");
    }

    @Test
    void aReviewerOfAnotherCityFindsNoItemToReview() {
        String id = api.post("/api/catalog/items", shenzhenMaintainer, ApiClient.json(item("XK-" + System.nanoTime(), "440300", 5)))
                .expect(201).text("id");
        String path = "/api/catalog/items/" + id;
        api.post(path + "/review-request", shenzhenMaintainer, null).expect(200);

        assertThat(api.post(path + "/publication", guangzhouReviewer, null).expect(404).text("code")).isEqualTo("ITEM_NOT_FOUND");
        assertThat(api.post(path + "/rejection", guangzhouReviewer, "{\"reason\":\"x\"}").expect(404).text("code"))
                .isEqualTo("ITEM_NOT_FOUND");
        assertThat(api.get(path, shenzhenMaintainer).expect(200).text("status")).isEqualTo("IN_REVIEW");

        assertThat(api.post(path + "/publication", provincialReviewer, null).expect(200).text("status")).isEqualTo("PUBLISHED");
        // published: public, and readable by the other city too
        assertThat(api.get(path, guangzhouReviewer).expect(200).text("status")).isEqualTo("PUBLISHED");
        assertThat(api.get(path, null).expect(200).text("status")).isEqualTo("PUBLISHED");
    }

    @Test
    void draftsAreSeenOnlyByCatalogueStaffInScopeAndNewVersionsStayHiddenFromThePublic() {
        String id = api.post("/api/catalog/items", shenzhenMaintainer, ApiClient.json(item("XK-" + System.nanoTime(), "440300", 5)))
                .expect(201).text("id");
        String path = "/api/catalog/items/" + id;
        String applicant = TestTokens.shared().mint("applicant1", "440300", null, "APPLICANT");

        for (String outsider : new String[] {null, applicant, guangzhouReviewer}) {
            assertThat(api.get(path, outsider).expect(404).text("code")).isEqualTo("ITEM_NOT_FOUND");
            api.get(path + "/versions/1", outsider).expect(404);
        }
        assertThat(api.get(path, provincialReviewer).expect(200).text("status")).isEqualTo("DRAFT");

        api.post(path + "/review-request", shenzhenMaintainer, null).expect(200);
        api.post(path + "/publication", provincialReviewer, null).expect(200);
        api.put(path, shenzhenMaintainer, ApiClient.json(item("ignored", "440300", 3))).expect(200);

        assertThat(api.get(path + "/versions", null).expect(200).body().findValuesAsString("status")).containsExactly("PUBLISHED");
        assertThat(api.get(path + "/versions", guangzhouMaintainer).expect(200).body().findValuesAsString("status"))
                .containsExactly("PUBLISHED");
        api.get(path + "/versions/2", guangzhouMaintainer).expect(404);
        assertThat(api.get(path + "/versions", shenzhenMaintainer).expect(200).body().findValuesAsString("status"))
                .containsExactly("PUBLISHED", "DRAFT");
    }

    @Test
    void anEditMayNotMoveAnItemIntoAnotherRegion() {
        String id = api.post("/api/catalog/items", provincialMaintainer, ApiClient.json(item("XK-" + System.nanoTime(), "440300", 5)))
                .expect(201).text("id");

        ApiClient.Response moved = api.put("/api/catalog/items/" + id, provincialMaintainer,
                ApiClient.json(item("ignored", "440100", 5))).expect(422);

        assertThat(moved.text("code")).isEqualTo("ITEM_REGION_CHANGED");
        assertThat(moved.text("field")).isEqualTo("region");
    }

    @Test
    void bundlesFollowTheSameScopeAndFourEyesRules() {
        String region = "440300";
        String certificate = published("出生医学证明首次签发", "市卫生健康委员会");
        String registration = published("出生登记（新生儿入户）", "市公安局");
        String shenzhenDraft = api.post("/api/catalog/items", shenzhenMaintainer,
                ApiClient.json(item("QR-" + System.nanoTime(), region, 5))).expect(201).text("id");

        ApiClient.Response otherCity = api.post("/api/catalog/bundles", guangzhouMaintainer,
                bundle(region, certificate, registration)).expect(403);
        assertThat(otherCity.text("code")).isEqualTo("BUNDLE_REGION_OUT_OF_SCOPE");
        // another city's draft item is unknown to them, as everywhere else
        assertThat(api.post("/api/catalog/bundles", guangzhouMaintainer, bundle("440100", certificate, shenzhenDraft))
                .expect(422).text("code")).isEqualTo("BUNDLE_ITEM_UNKNOWN");

        String id = api.post("/api/catalog/bundles", shenzhenMaintainerAndReviewer, bundle(region, certificate, registration))
                .expect(201).text("id");
        String path = "/api/catalog/bundles/" + id;
        api.get(path, guangzhouReviewer).expect(404);
        assertThat(api.get("/api/catalog/bundles?status=DRAFT&size=100", guangzhouReviewer).expect(200).raw()).doesNotContain(id);
        assertThat(api.get("/api/catalog/bundles?status=DRAFT&size=100", provincialReviewer).expect(200).raw()).contains(id);

        assertThat(api.post(path + "/publication", shenzhenMaintainerAndReviewer, null).expect(403).text("code"))
                .isEqualTo("REVIEWER_IS_AUTHOR");
        assertThat(api.post(path + "/publication", guangzhouReviewer, null).expect(404).text("code")).isEqualTo("BUNDLE_NOT_FOUND");
        assertThat(api.post(path + "/cancellation", guangzhouMaintainer, null).expect(404).text("code")).isEqualTo("BUNDLE_NOT_FOUND");
        assertThat(api.post(path + "/publication", provincialReviewer, null).expect(200).text("status")).isEqualTo("PUBLISHED");
        assertThat(api.get(path, null).expect(200).text("status")).isEqualTo("PUBLISHED");
    }

    private String published(String name, String department) {
        Map<String, Object> body = item("GG-" + System.nanoTime(), "440300", 5);
        body.put("name", name);
        body.put("department", department);
        String id = api.post("/api/catalog/items", shenzhenMaintainer, ApiClient.json(body)).expect(201).text("id");
        api.post("/api/catalog/items/" + id + "/review-request", shenzhenMaintainer, null).expect(200);
        api.post("/api/catalog/items/" + id + "/publication", provincialReviewer, null).expect(200);
        return id;
    }

    private static String bundle(String region, String... itemIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", "YJS-" + System.nanoTime());
        body.put("name", "出生一件事");
        body.put("topic", "出生");
        body.put("region", region);
        body.put("itemIds", List.of(itemIds));
        return ApiClient.json(body);
    }

    private long rowVersion(String id) {
        return jdbc.sql("SELECT row_version FROM item WHERE id = :id").param("id", id).query(Long.class).single();
    }

    private long countItems(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM item WHERE code = :code").param("code", code).query(Long.class).single();
    }

    private static Map<String, Object> item(String code, String region, int promisedDays) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", "食品经营许可证核发");
        body.put("department", "市市场监督管理局");
        body.put("region", region);
        body.put("kind", "PROMISED");
        body.put("legalDays", 20);
        body.put("promisedDays", promisedDays);
        return body;
    }
}
