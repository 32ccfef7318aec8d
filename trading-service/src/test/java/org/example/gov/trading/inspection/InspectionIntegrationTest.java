package org.example.gov.trading.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.Contracts;
import org.example.gov.testsupport.EventProbe;
import org.example.gov.testsupport.SharedInfrastructure;
import org.example.gov.testsupport.TestTokens;
import org.example.gov.trading.TradingIntegrationTest;
import org.example.gov.trading.tender.LotId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * 双随机一公开 through REST on real MariaDB and Kafka, in 龙华区 (440309, used by no other test): the inspector list, a
 * draw refused when one project has too few unrelated inspectors (nothing stored), a draw that recuses the related
 * inspector, its replay, results by the drawn inspectors only, and the public read without login or accounts.
 */
class InspectionIntegrationTest extends TradingIntegrationTest {

    static final String REGION = "440309";
    static final String DEPARTMENT = "深圳市龙华区住房和建设局";

    @Autowired
    JdbcClient jdbc;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String supervisor = TestTokens.shared().mint("supervisor1", "440300", "市住房和建设局", "SUPERVISOR");
    final String guangzhou = TestTokens.shared().mint("supervisor-gz", "440100", "市住房和建设局", "SUPERVISOR");
    final String agent = TestTokens.shared().mint("tenderagent1", "440300", null, "TENDER_AGENT");

    /** Without the content type check of the base class's: these assertions are as they were written. */
    protected static void assertProblem(ApiClient.Response r, int status, String code) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.text("code")).as(r.raw()).isEqualTo(code);
    }

    String inspectorToken(String account) {
        return TestTokens.shared().mint(account, REGION, DEPARTMENT, "SUPERVISOR");
    }

    void list(String account, String ties) {
        api.post("/api/trading/inspectors", supervisor, """
                {"account":"%s","department":"%s","region":"%s","ties":[%s]}"""
                .formatted(account, DEPARTMENT, REGION, ties)).expect(201);
    }

    /** A project of 440309 whose lot is AWARDED, bid deadline 2026-03-23 (Shanghai). */
    String awardedProject(String tendereeAccount) {
        String tenderee = TestTokens.shared().mint(tendereeAccount, "440300", null, "TENDEREE");
        clock.set(LocalDate.of(2026, 3, 2), LocalTime.of(10, 0));
        String projectId = api.post("/api/trading/projects", tenderee, """
                {"title":"龙华区学校改造工程","track":"CONSTRUCTION","method":"OPEN_TENDER","agent":"tenderagent1",
                 "region":"440309","lots":[{"name":"施工","amount":"1200000.00","deposit":"20000.00","bidValidityDays":90}]}""")
                .expect(201).text("id");
        ApiClient.Response announced = api.post("/api/trading/projects/" + projectId + "/announcement", agent, """
                {"announcementUntil":"2026-03-09","documentsFrom":"2026-03-02","documentsUntil":"2026-03-09",
                 "bidDeadline":"2026-03-23T01:30:00Z"}""").expect(200);
        LotId lot = LotId.of(announced.body().path("lots").get(0).path("id").asString());
        tenders.deadlinePassed(lot, 3, Instant.parse("2026-03-23T02:00:00Z"));
        tenders.openingConcluded(lot);
        tenders.evaluationConcluded(lot);
        tenders.awarded(lot);
        return projectId;
    }

    static String plan(int sample, int perProject) {
        return """
                {"title":"2026年第一季度工程建设项目双随机抽查","region":"440309","from":"2026-03-01","until":"2026-03-31",
                 "sampleCount":%d,"inspectorsPerProject":%d}""".formatted(sample, perProject);
    }

    @Test
    void aDrawRecusesTheRelatedInspectorReplaysAndPublishesResultsWithoutAccounts() {
        String a = "insp-a-" + run;
        String b = "insp-b-" + run;
        String tied = "insp-tied-" + run;
        String relatedTenderee = "tenderee-x-" + run;
        list(a, "");
        list(b, "");
        list(tied, "\"" + relatedTenderee + "\"");
        assertProblem(api.post("/api/trading/inspectors", guangzhou, """
                {"account":"x","department":"d","region":"440309"}"""), 403, "INSPECTION_REGION_OUT_OF_SCOPE");
        assertProblem(api.post("/api/trading/inspectors", supervisor, """
                {"account":"%s","department":"d","region":"440309"}""".formatted(a)), 409, "INSPECTOR_ALREADY_LISTED");

        List<String> projects = new ArrayList<>(List.of(awardedProject("tenderee1"), awardedProject("tenderee1")));
        String related = awardedProject(relatedTenderee);
        projects.add(related);
        clock.set(LocalDate.of(2026, 4, 1), LocalTime.of(10, 0));

        // the related project has two free inspectors for three places: refused, nothing stored
        int plans = jdbc.sql("SELECT COUNT(*) FROM inspection_plan").query(Integer.class).single();
        ApiClient.Response short1 = api.post("/api/trading/inspections", supervisor, plan(3, 3));
        assertProblem(short1, 422, "INSPECTOR_LIST_TOO_SMALL");
        assertThat(short1.body().path("projectId").asString()).isEqualTo(related);
        assertThat(short1.body().path("eligible").asInt()).isEqualTo(2);
        assertProblem(api.post("/api/trading/inspections", supervisor, plan(4, 2)), 422, "INSPECTION_TOO_FEW_PROJECTS");
        assertProblem(api.post("/api/trading/inspections", supervisor, plan(3, 1)), 422,
                "INSPECTORS_PER_PROJECT_INVALID");
        assertProblem(api.post("/api/trading/inspections", guangzhou, plan(3, 2)), 403,
                "INSPECTION_REGION_OUT_OF_SCOPE");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inspection_plan").query(Integer.class).single()).isEqualTo(plans);

        // every project drawn, two inspectors each; the related inspector never on the related project
        JsonNode drawn = api.post("/api/trading/inspections", supervisor, plan(3, 2)).expect(201).body();
        String id = drawn.path("id").asString();
        assertThat(drawn.path("eligible").asInt()).isEqualTo(3);
        assertThat(drawn.path("replayMatches").asBoolean()).isTrue();
        JsonNode relatedPick = null;
        for (JsonNode p : drawn.path("projects")) {
            assertThat(projects).contains(p.path("projectId").asString());
            assertThat(p.path("inspectors")).hasSize(2);
            if (p.path("projectId").asString().equals(related)) {
                relatedPick = p;
            }
        }
        assertThat(relatedPick).isNotNull();
        assertThat(relatedPick.path("inspectors").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder(a, b);
        assertThat(relatedPick.path("recused").get(0).path("account").asString()).isEqualTo(tied);
        assertThat(relatedPick.path("recused").get(0).path("reason").asString()).isEqualTo("DECLARED_TIE_TO_PARTY");

        // who reads the full record: overseers in reach and the drawn inspectors
        assertThat(api.get("/api/trading/inspections/" + id, supervisor).expect(200).body().path("replayMatches")
                .asBoolean()).isTrue();
        assertProblem(api.get("/api/trading/inspections/" + id, guangzhou), 404, "INSPECTION_NOT_FOUND");
        String outsiderInspector = TestTokens.shared().mint("someone-" + run, "440100", DEPARTMENT, "TRADING_STAFF");
        assertProblem(api.get("/api/trading/inspections/" + id, outsiderInspector), 404, "INSPECTION_NOT_FOUND");

        // the result: only by an inspector drawn for the project, once, published at once
        String result = """
                {"projectId":"%s","outcome":"RECTIFICATION_ORDERED","finding":"评标报告缺少评标专家签字页，责令限期整改"}"""
                .formatted(related);
        assertProblem(api.post("/api/trading/inspections/" + id + "/results", inspectorToken(tied), result), 403,
                "NOT_ASSIGNED_INSPECTOR");
        api.post("/api/trading/inspections/" + id + "/results", inspectorToken(a), result).expect(201);
        assertProblem(api.post("/api/trading/inspections/" + id + "/results", inspectorToken(b), result), 409,
                "ILLEGAL_TRANSITION");

        // public, without login: projects, departments, results; no account, tie, recusal or seed
        ApiClient.Response open = api.get("/api/trading/public/inspections/" + id, null).expect(200);
        assertThat(open.raw()).contains(related, DEPARTMENT, "RECTIFICATION_ORDERED", "评标报告缺少评标专家签字页")
                .doesNotContain(a).doesNotContain(b).doesNotContain(tied).doesNotContain(relatedTenderee)
                .doesNotContain(drawn.path("draw").path("seed").asString()).doesNotContain("recus")
                .doesNotContain("supervisor1");
        assertThat(api.get("/api/trading/public/inspections?size=100", null).expect(200).raw()).contains(id)
                .doesNotContain(a);

        String kafka = SharedInfrastructure.kafka().bootstrapServers();
        for (String type : List.of("gov.trading.inspection-drawn.v1", "gov.trading.inspection-result-published.v1")) {
            EventProbe.Event e = EventProbe.await(kafka, InspectionEvent.TOPIC, x -> id.equals(x.key())
                    && type.equals(x.type()), Duration.ofSeconds(20)).getFirst();
            Contracts.assertValid(e.type(), e.data());
            assertThat(e.data()).doesNotContain(a).doesNotContain(tied);
        }

        // a removed inspector is never drawn again: two left, the related project cannot be staffed
        String inspectorId = api.get("/api/trading/inspectors?size=200", supervisor).expect(200).body().valueStream()
                .filter(i -> i.path("account").asString().equals(b)).findFirst().orElseThrow().path("id").asString();
        assertThat(api.send("DELETE", "/api/trading/inspectors/" + inspectorId, supervisor, null).status())
                .isEqualTo(204);
        assertProblem(api.post("/api/trading/inspections", supervisor, plan(3, 2)), 422, "INSPECTOR_LIST_TOO_SMALL");
    }
}
