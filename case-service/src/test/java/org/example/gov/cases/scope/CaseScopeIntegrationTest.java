package org.example.gov.cases.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.example.gov.cases.supervision.SupervisionService;
import org.example.gov.cases.support.CaseIntegrationTest;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.TestTokens;
import org.example.gov.testsupport.TestApplicants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11, item 1-2: staff see and act only within their region and department (ScopePolicy), out of scope answers
 * 404 like a case that does not exist, and lists, statistics and warnings hold the same rule as single reads.
 */
class CaseScopeIntegrationTest extends CaseIntegrationTest {

    final String shenzhenHrApprover = TestTokens.shared().mint("approver-sz-hr", "440300", "市人力资源和社会保障局", "APPROVER");
    final String futianSupervisor = TestTokens.shared().mint("supervisor-ft", "440304", "区政务服务数据管理局", "SUPERVISOR");
    final String partner = TestTokens.shared().mint("partner-gx", "450000", null, "PARTNER");

    @Autowired
    SupervisionService supervision;

    @Test
    void aClerkOfAnotherCityNeitherSeesNorReceivesACaseAndItIsNotInTheirWorkList() {
        String item = CATALOG.item("440300", 5);
        String id = submitOnline(item);

        ApiClient.Response read = api.get("/api/cases/" + id, guangzhouClerk).expect(404);
        assertThat(read.text("code")).isEqualTo("CASE_NOT_FOUND");
        assertThat(api.post("/api/cases/" + id + "/reception", guangzhouClerk, null).expect(404).text("code"))
                .isEqualTo("CASE_NOT_FOUND");
        assertThat(ids(api.get("/api/cases?itemCode=" + CATALOG.code(item), guangzhouClerk).expect(200))).isEmpty();
        assertThat(ids(api.get("/api/cases?itemCode=" + CATALOG.code(item) + "&region=440300", guangzhouClerk).expect(200)))
                .as("asking for the other city's region does not widen the scope").isEmpty();

        api.post("/api/cases/" + id + "/reception", clerk, null).expect(200);
        assertThat(ids(api.get("/api/cases?itemCode=" + CATALOG.code(item), clerk).expect(200))).containsExactly(id);
    }

    @Test
    void anApproverDecidesOnlyTheCasesOfTheirOwnDepartmentInTheirOwnRegion() {
        String id = accepted(CATALOG.item("440300", 5));

        assertThat(api.post("/api/cases/" + id + "/decision", guangzhouApprover, "{\"outcome\":\"APPROVED\"}").expect(404)
                .text("code")).as("广州's 市市场监督管理局 is another department").isEqualTo("CASE_NOT_FOUND");
        api.post("/api/cases/" + id + "/decision", shenzhenHrApprover, "{\"outcome\":\"APPROVED\"}").expect(404);
        api.get("/api/cases/" + id, shenzhenHrApprover).expect(404);
        assertThat(api.get("/api/cases/" + id, clerk).expect(200).text("status")).as("nothing changed").isEqualTo("ACCEPTED");

        api.post("/api/cases/" + id + "/decision", approver, "{\"outcome\":\"APPROVED\"}").expect(200);

        // the step that happened is in the audit trail (pending or already chained), once
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM (SELECT actor_id, action, subject_id FROM audit_pending
                                      UNION ALL SELECT actor_id, action, subject_id FROM audit_log) a
                WHERE actor_id = 'approver1' AND action = 'case.decide' AND subject_id = :id""")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aSupervisorSeesTheirRegionAndBelowAndAProvincialSupervisorTheWholeProvince() {
        clock.set(LocalDate.of(2025, 9, 26), LocalTime.of(10, 0));
        String shenzhen = accepted(CATALOG.item("440300", 5));
        String guangzhou = accepted(CATALOG.item("440100", 5), guangzhouClerk);

        api.get("/api/cases/" + shenzhen, supervisor).expect(200);
        api.get("/api/cases/" + guangzhou, supervisor).expect(404);
        api.get("/api/cases/" + shenzhen, futianSupervisor).expect(404); // a district does not see its city's cases
        api.get("/api/cases/" + shenzhen, provincialSupervisor).expect(200);
        api.get("/api/cases/" + guangzhou, provincialSupervisor).expect(200);

        String stats = "/api/cases/statistics?from=2025-09-26&to=2025-09-26&groupBy=REGION";
        assertThat(groups(api.get(stats, supervisor).expect(200))).containsExactly("440300");
        assertThat(groups(api.get(stats + "&region=440100", supervisor).expect(200))).isEmpty();
        assertThat(groups(api.get(stats, provincialSupervisor).expect(200))).contains("440300", "440100");

        clock.set(LocalDate.of(2025, 10, 9), LocalTime.of(8, 0)); // one working day left on both: APPROACHING
        supervision.scan();
        assertThat(warningCount(guangzhou, supervisor)).isZero();
        assertThat(warningCount(guangzhou, provincialSupervisor)).isEqualTo(1);
        assertThat(warningCount(shenzhen, supervisor)).isEqualTo(1);
    }

    private long warningCount(String caseId, String token) {
        return api.get("/api/cases/warnings?caseId=" + caseId, token).expect(200).body().path("totalElements").asLong();
    }

    @Test
    void staffRegisterWindowCasesOnlyForTheirRegionsItems() {
        String guangzhouItem = CATALOG.item("440100", 5);
        long before = countCases();

        ApiClient.Response refused = api.post("/api/cases", clerk, """
                {"itemId":"%s","channel":"WINDOW","applicant":{"id":"citizen-9","name":"王五","idNumber":"11010519491231002X","phone":"13800138000"}}""".formatted(guangzhouItem))
                .expect(422);

        assertThat(refused.text("code")).isEqualTo("ITEM_OUTSIDE_YOUR_REGION");
        assertThat(countCases()).isEqualTo(before);
        api.post("/api/cases", guangzhouClerk, """
                {"itemId":"%s","channel":"WINDOW","applicant":{"id":"citizen-9","name":"王五","idNumber":"11010519491231002X","phone":"13800138000"}}""".formatted(guangzhouItem))
                .expect(201);
    }

    @Test
    void aPartnerCannotMoveACitizensWebCasePastPreReview() {
        String id = submitOnline(CATALOG.item("440300", 5));

        assertThat(api.post("/api/cases/" + id + "/reception", partner, null).status()).isIn(403, 404);
        api.get("/api/cases/" + id, partner).expect(404);
        assertThat(api.get("/api/cases/" + id, clerk).expect(200).text("status")).isEqualTo("PRE_REVIEW");
    }

    private static List<String> ids(ApiClient.Response list) {
        return list.body().path("content").findValuesAsString("id");
    }

    private static List<String> groups(ApiClient.Response stats) {
        return stats.body().path("groups").findValuesAsString("group");
    }
}
