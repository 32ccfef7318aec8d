package org.example.gov.hotline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.example.gov.hotline.support.HotlineIntegrationTest;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** The knowledge base through the API: versions, four eyes, the stages, the Chinese search, reach by region. */
class KnowledgeBaseIntegrationTest extends HotlineIntegrationTest {

    static final String ARTICLES = "/api/hotline/knowledge/articles";

    protected final String agent2 = TestTokens.shared().mint("agent2", "440300", "市12345热线中心", "HOTLINE_AGENT");
    final String provinceAgent = TestTokens.shared().mint("agent-gd", "440000", "省12345热线中心", "HOTLINE_AGENT");
    final String provinceAgent2 = TestTokens.shared().mint("agent-gd2", "440000", "省12345热线中心", "HOTLINE_AGENT");

    @Test
    void anArticleIsPublishedByAnotherAgentAndAnEditIsANewVersionOutOfSearchUntilRepublished() {
        today("2026-03-02", "10:00");
        ApiClient.Response created = api.post(ARTICLES, agent, article("人才住房租赁补贴申领", "申请人才住房租赁补贴需满足学历条件并在本市缴纳社保",
                "010103", "租赁补贴", null)).expect(201);
        String id = created.text("id");
        assertThat(created.text("status")).isEqualTo("DRAFT");
        assertThat(created.body().path("latest").path("number").asInt()).isEqualTo(1);
        assertThat(hits("租赁补贴怎么申请", agent)).doesNotContain(id);

        assertProblem(api.post(ARTICLES + "/" + id + "/publication", agent, null), 422, "PUBLISHER_IS_AUTHOR");
        ApiClient.Response published = api.post(ARTICLES + "/" + id + "/publication", agent2, null).expect(200);
        assertThat(published.text("status")).isEqualTo("PUBLISHED");
        assertThat(published.text("publishedBy")).isEqualTo("agent2");
        assertThat(hits("租赁补贴怎么申请", agent)).contains(id);
        assertProblem(api.post(ARTICLES + "/" + id + "/publication", agent2, null), 409, "ILLEGAL_TRANSITION");

        ApiClient.Response edited = api.put(ARTICLES + "/" + id, agent2, article("人才住房租赁补贴申领（2026 年版）",
                "2026 年起租赁补贴按月发放", "010103", "租赁补贴", null)).expect(200);
        assertThat(edited.text("status")).isEqualTo("DRAFT");
        assertThat(edited.body().path("latest").path("number").asInt()).isEqualTo(2);
        assertThat(edited.body().path("versions")).hasSize(2);
        assertThat(hits("租赁补贴怎么申请", agent)).doesNotContain(id);
        assertThat(api.get(ARTICLES + "/" + id + "/versions/1", agent).expect(200).text("title")).isEqualTo("人才住房租赁补贴申领");
        assertProblem(api.get(ARTICLES + "/" + id + "/versions/3", agent), 404, "ARTICLE_VERSION_NOT_FOUND");

        api.post(ARTICLES + "/" + id + "/publication", agent, null).expect(200);
        assertThat(hits("租赁补贴怎么申请", agent)).contains(id);

        assertProblem(api.post(ARTICLES + "/" + id + "/retirement", agent, "{}"), 422, "RETIREMENT_REASON_REQUIRED");
        ApiClient.Response retired = api.post(ARTICLES + "/" + id + "/retirement", agent, "{\"reason\":\"政策调整\"}")
                .expect(200);
        assertThat(retired.text("status")).isEqualTo("RETIRED");
        assertThat(retired.body().path("allowedActions")).isEmpty();
        assertThat(hits("租赁补贴怎么申请", agent)).doesNotContain(id);
        assertThat(api.get(ARTICLES + "/" + id + "/versions/2", agent).expect(200).text("title"))
                .isEqualTo("人才住房租赁补贴申领（2026 年版）");
    }

    @Test
    void theSearchSegmentsChineseRanksTheBestMatchFirstAndLeavesOutExpiredArticles() {
        today("2026-03-02", "10:00");
        String noise = published(agent, article("工地夜间施工审批", "夜间施工须向住建部门申请夜间施工许可", "010201", "夜间施工", null));
        String exact = published(agent, article("夜间施工噪音投诉处理", "夜间施工噪音扰民可拨打 12345 投诉，住建部门到场核查",
                "010201", "噪音", null));
        String expiring = published(agent, article("春节期间施工噪音管控", "春节期间禁止夜间施工产生噪音", "010201", "噪音",
                "2026-03-31"));

        List<String> found = hits("晚上工地噪音太大", agent);
        assertThat(found).contains(exact, expiring);
        assertThat(found.indexOf(exact)).as("the article about noise complaints ranks first").isLessThan(found.indexOf(noise) < 0
                ? Integer.MAX_VALUE : found.indexOf(noise));
        assertThat(hits("噪音", agent, "010201")).contains(exact);
        assertThat(hits("噪音", agent, "0101")).doesNotContain(exact);

        today("2026-04-01", "10:00");
        assertThat(hits("晚上工地噪音太大", agent)).contains(exact).doesNotContain(expiring);
    }

    @Test
    void anArticleServesItsRegionAndBelowAndIsManagedOnlyByItsCentre() {
        today("2026-03-02", "10:00");
        String shenzhen = published(agent, article("深圳市户籍迁入办理", "深圳户籍迁入可在 i 深圳 办理", "010103", "户籍迁入", null));
        String province = published(provinceAgent, provinceAgent2,
                article("广东省户籍迁入政策", "省内户籍迁入以居住证为依据", "010103", "户籍迁入", null).replace("\"title\"",
                        "\"region\":\"440000\",\"title\""));

        assertThat(hits("户籍迁入", agent)).contains(shenzhen, province);
        assertThat(hits("户籍迁入", guangzhouAgent)).contains(province).doesNotContain(shenzhen);
        assertThat(hits("户籍迁入", provinceAgent)).contains(shenzhen, province);

        // 广州's centre neither reads nor changes 深圳's article; 深圳's reads the province's but does not change it
        assertProblem(api.get(ARTICLES + "/" + shenzhen, guangzhouAgent), 404, "ARTICLE_NOT_FOUND");
        assertProblem(api.post(ARTICLES + "/" + shenzhen + "/retirement", guangzhouAgent, "{\"reason\":\"x\"}"), 404,
                "ARTICLE_NOT_FOUND");
        api.get(ARTICLES + "/" + province, agent).expect(200);
        assertProblem(api.post(ARTICLES + "/" + province + "/retirement", agent, "{\"reason\":\"x\"}"), 404,
                "ARTICLE_NOT_FOUND");
        assertProblem(api.post(ARTICLES, agent, article("t", "b", "010103", "k", null).replace("\"title\"",
                "\"region\":\"440100\",\"title\"")), 422, "ARTICLE_REGION_OUTSIDE_YOUR_CENTRE");
        assertProblem(api.post(ARTICLES, agent, article("t", "b", "019999", "k", null)), 400, "CATEGORY_UNKNOWN");
        // departments and supervisors do not use the knowledge base
        api.get(ARTICLES + "?q=户籍", handler).expect(403);
    }

    // ---------------------------------------------------------------- helpers

    protected String published(String author, String body) {
        return published(author, agent2, body);
    }

    protected String published(String author, String publisher, String body) {
        String id = api.post(ARTICLES, author, body).expect(201).text("id");
        api.post(ARTICLES + "/" + id + "/publication", publisher, null).expect(200);
        return id;
    }

    protected List<String> hits(String q, String token) {
        return hits(q, token, null);
    }

    protected List<String> hits(String q, String token, String category) {
        String path = ARTICLES + "?size=50&q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)
                + (category == null ? "" : "&categoryCode=" + category);
        return api.get(path, token).expect(200).body().path("content").findValuesAsString("id");
    }

    protected static String article(String title, String body, String category, String keyword, String validUntil) {
        return """
                {"title":"%s","body":"%s","categoryCode":"%s","keywords":["%s"]%s}"""
                .formatted(title, body, category, keyword, validUntil == null ? "" : ",\"validUntil\":\"" + validUntil + "\"");
    }
}
