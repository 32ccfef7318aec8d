package org.example.gov.hotline.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.example.gov.hotline.support.HotlineIntegrationTest;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.Contracts;
import org.example.gov.testsupport.EventProbe;
import org.example.gov.testsupport.SharedInfrastructure;
import org.example.gov.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** 直接答复 through the API: a consult closed at once from a knowledge article, and the article's rules on it. */
class DirectAnswerIntegrationTest extends HotlineIntegrationTest {

    static final String ARTICLES = "/api/hotline/knowledge/articles";

    final String agent2 = TestTokens.shared().mint("agent2", "440300", "市12345热线中心", "HOTLINE_AGENT");

    @Test
    void aConsultAnsweredFromAnArticleIsClosedAtOnceWithTheVersionRecordedAndTheUseCounted() {
        today("2026-03-02", "10:00");
        String article = publishedArticle("保障性住房申请条件", "申请保障性住房须在本市连续缴纳社保满 3 年", null);
        String id = consult();

        ApiClient.Response answered = api.post("/api/hotline/tickets/" + id + "/direct-answer", agent,
                "{\"articleId\":\"" + article + "\",\"note\":\"来电人表示清楚\"}").expect(200);
        assertThat(answered.text("status")).isEqualTo("CLOSED");
        assertThat(answered.body().path("directAnswer").path("articleId").asString()).isEqualTo(article);
        assertThat(answered.body().path("directAnswer").path("articleVersion").asInt()).isEqualTo(1);
        assertThat(answered.body().path("leadDepartment").isNull()).as("no dispatch").isTrue();
        assertThat(answered.body().path("allowedActions")).isEmpty();
        assertThat(answered.body().path("history").findValuesAsString("action")).containsExactly("CREATE",
                "DIRECT_ANSWER");
        assertThat(useCount(article)).isEqualTo(1);
        assertThat(api.get(ARTICLES + "/" + article, agent).expect(200).body().path("useCount").asLong()).isEqualTo(1);

        // the article is edited afterwards: the ticket still cites version 1, which still reads as the caller heard it
        api.put(ARTICLES + "/" + article, agent2, body("保障性住房申请条件", "2026 年起社保年限改为 2 年", null)).expect(200);
        assertThat(api.get("/api/hotline/tickets/" + id, agent).expect(200).body().path("directAnswer")
                .path("articleVersion").asInt()).isEqualTo(1);
        assertThat(api.get(ARTICLES + "/" + article + "/versions/1", agent).expect(200).text("body"))
                .contains("满 3 年");

        String kafka = SharedInfrastructure.kafka().bootstrapServers();
        List<EventProbe.Event> events = EventProbe.await(kafka, TicketEvents.TOPIC,
                e -> id.equals(e.key()) && "gov.hotline.ticket-answered-directly.v1".equals(e.type()),
                Duration.ofSeconds(20));
        events.forEach(e -> Contracts.assertValid(e.type(), e.data()));
        assertThat(events.getFirst().data()).contains("\"articleVersion\":1", article);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ticket WHERE id = :id AND lead_department IS NULL AND closed_at IS NOT NULL")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRetiredDraftOrExpiredArticleDoesNotAnswerAndNothingChanges() {
        today("2026-03-02", "10:00");
        String retired = publishedArticle("老年人乘车优惠", "65 岁以上老人免费乘车", null);
        api.post(ARTICLES + "/" + retired + "/retirement", agent, "{\"reason\":\"政策调整\"}").expect(200);
        String draft = api.post(ARTICLES, agent, body("草稿文章", "尚未审核", null)).expect(201).text("id");
        String expiring = publishedArticle("冬季供暖补贴", "补贴发放至 3 月底", "2026-03-31");
        String id = consult();

        assertProblem(answer(id, retired), 422, "ARTICLE_RETIRED");
        assertProblem(answer(id, draft), 422, "ARTICLE_NOT_PUBLISHED");
        today("2026-04-01", "10:00");
        assertProblem(answer(id, expiring), 422, "ARTICLE_NOT_VALID");
        assertProblem(answer(id, "00000000-0000-0000-0000-000000000000"), 422, "ARTICLE_UNKNOWN");

        ApiClient.Response ticket = api.get("/api/hotline/tickets/" + id, agent).expect(200);
        assertThat(ticket.text("status")).isEqualTo("RECEIVED");
        assertThat(ticket.body().path("history")).hasSize(1);
        assertThat(useCount(retired) + useCount(expiring)).isZero();
    }

    @Test
    void onlyAConsultIsAnsweredDirectlyOthersAnswer409WithTheirSteps() {
        today("2026-03-02", "10:00");
        String article = publishedArticle("物业维修基金使用", "使用维修基金须经业主表决", null);
        String complaint = api.post("/api/hotline/tickets", agent, complaint("张三", "13800138000", false)).expect(201)
                .text("id");
        ApiClient.Response refused = answer(complaint, article);
        assertProblem(refused, 409, "ILLEGAL_TRANSITION");
        assertThat(refused.body().path("allowed").toString()).contains("\"dispatch\"", "\"emergency-handoff\"")
                .doesNotContain("direct-answer");
        assertThat(useCount(article)).isZero();

        // a consult already answered is closed: no second answer
        String consult = consult();
        answer(consult, article).expect(200);
        assertProblem(answer(consult, article), 409, "ILLEGAL_TRANSITION");
        assertThat(useCount(article)).isEqualTo(1);
        // departments do not answer from the knowledge base
        api.post("/api/hotline/tickets/" + consult + "/direct-answer", handler, "{\"articleId\":\"" + article + "\"}")
                .expect(403);
    }

    @Test
    void anArticleOfAnotherRegionDoesNotAnswerThisOnesCallers() {
        today("2026-03-02", "10:00");
        String guangzhouAgent2 = TestTokens.shared().mint("agent-gz2", "440100", "市12345热线中心", "HOTLINE_AGENT");
        String guangzhou = api.post(ARTICLES, guangzhouAgent, body("广州地铁优惠", "广州地铁学生半价", null)).expect(201)
                .text("id");
        api.post(ARTICLES + "/" + guangzhou + "/publication", guangzhouAgent2, null).expect(200);
        assertProblem(answer(consult(), guangzhou), 422, "ARTICLE_NOT_FOR_REGION");
    }

    private ApiClient.Response answer(String ticket, String article) {
        return api.post("/api/hotline/tickets/" + ticket + "/direct-answer", agent, "{\"articleId\":\"" + article + "\"}");
    }

    private String consult() {
        return api.post("/api/hotline/tickets", agent, complaint("李四", "13800138001", false)
                .replace("\"COMPLAINT\"", "\"CONSULT\"").replace("\"010102\"", "\"010103\"")).expect(201).text("id");
    }

    private String publishedArticle(String title, String text, String validUntil) {
        String id = api.post(ARTICLES, agent, body(title, text, validUntil)).expect(201).text("id");
        api.post(ARTICLES + "/" + id + "/publication", agent2, null).expect(200);
        return id;
    }

    private static String body(String title, String text, String validUntil) {
        return """
                {"title":"%s","body":"%s","categoryCode":"010103"%s}"""
                .formatted(title, text, validUntil == null ? "" : ",\"validUntil\":\"" + validUntil + "\"");
    }

    private long useCount(String article) {
        return jdbc.sql("SELECT use_count FROM article WHERE id = :id").param("id", article).query(Long.class).single();
    }
}
