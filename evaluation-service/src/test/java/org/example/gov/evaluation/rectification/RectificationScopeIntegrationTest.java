package org.example.gov.evaluation.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Tickets are reached by their region and department through the platform's scope policy (issue 11): the ticket here
 * is 深圳 (440300) 市市场监督管理局's. Out of reach reads, lists and steps answer as if it did not exist; the rater and
 * the case are shown to supervisors in scope and the rater, never to the department.
 */
class RectificationScopeIntegrationTest extends RectificationIntegrationTest {

    static String token(String subject, String region, String department, String role) {
        return TestTokens.shared().mint(subject, region, department, role);
    }

    final String sameDepartmentApprover = token("appr-sz-sj", REGION, DEPARTMENT, "APPROVER");
    final String otherDepartmentApprover = token("appr-sz-mz", REGION, "市民政局", "APPROVER");
    final String guangzhouSameNameApprover = token("appr-gz-sj", "440100", DEPARTMENT, "APPROVER");
    final String guangzhouClerk = token("clerk-gz", "440100", DEPARTMENT, "CLERK");
    final String shenzhenClerkOfAnotherDepartment = token("clerk-sz-mz", REGION, "市民政局", "CLERK");
    final String futianSupervisor = token("sup-ft", "440304", null, "SUPERVISOR");
    final String guangzhouSupervisor = token("sup-gz", "440100", null, "SUPERVISOR");
    final String shenzhenSupervisor = token("sup-sz", REGION, null, "SUPERVISOR");
    final String provincialSupervisor = token("sup-gd", "440000", null, "SUPERVISOR");
    final String otherApplicant = token("applicant2", REGION, null, "APPLICANT");

    @Test
    void staffOutsideTheTicketsRegionOrDepartmentNeitherSeeNorListNorActOnIt() {
        String ticketId = ticketOf(rateBadly(1));

        for (String outOfReach : List.of(otherDepartmentApprover, guangzhouSameNameApprover, guangzhouClerk,
                futianSupervisor, guangzhouSupervisor, otherApplicant)) {
            assertThat(api.get("/api/evaluations/tickets/" + ticketId, outOfReach).expect(404).text("code"))
                    .isEqualTo("TICKET_NOT_FOUND");
        }
        for (String outOfReach : List.of(otherDepartmentApprover, guangzhouSameNameApprover, guangzhouClerk,
                futianSupervisor, guangzhouSupervisor)) {
            assertThat(listed(outOfReach)).doesNotContain(ticketId);
        }
        for (String staff : List.of(otherDepartmentApprover, guangzhouSameNameApprover, guangzhouClerk)) {
            api.post("/api/evaluations/tickets/" + ticketId + "/call-back", staff, "{\"result\":\"CONFIRMED\"}")
                    .expect(404);
        }
        assertThat(api.get("/api/evaluations/tickets/" + ticketId, supervisor).text("status")).isEqualTo("OPEN");

        // in reach: the department's approver, any clerk of the region (综合受理), supervisors of the city and province
        for (String inReach : List.of(sameDepartmentApprover, clerk, shenzhenClerkOfAnotherDepartment,
                shenzhenSupervisor, provincialSupervisor)) {
            api.get("/api/evaluations/tickets/" + ticketId, inReach).expect(200);
            assertThat(listed(inReach)).contains(ticketId);
        }
        api.post("/api/evaluations/tickets/" + ticketId + "/call-back", sameDepartmentApprover,
                "{\"result\":\"CONFIRMED\"}").expect(200);
    }

    @Test
    void onlySupervisorsOfTheTicketsRegionOrAboveDecideItsAppeal() {
        String ticketId = ticketOf(rateBadly(2));
        api.post("/api/evaluations/tickets/" + ticketId + "/appeal", sameDepartmentApprover,
                "{\"reason\":\"误评\",\"evidence\":[\"通话录音\"]}").expect(200);

        for (String outOfReach : List.of(guangzhouSupervisor, futianSupervisor)) {
            api.post("/api/evaluations/tickets/" + ticketId + "/appeal-decision", outOfReach, "{\"uphold\":true}")
                    .expect(404);
        }
        assertThat(api.post("/api/evaluations/tickets/" + ticketId + "/appeal-decision", provincialSupervisor,
                "{\"uphold\":false}").expect(200).text("status")).isEqualTo("OPEN");
    }

    @Test
    void theDepartmentNeverSeesTheRaterNorTheCaseWhileSupervisorsAndTheRaterDo() {
        String caseId = rateBadly(1);
        String ticketId = ticketOf(caseId);

        for (String department : List.of(sameDepartmentApprover, clerk)) {
            ApiClient.Response ticket = api.get("/api/evaluations/tickets/" + ticketId, department).expect(200);
            assertThat(ticket.body().path("rater").isNull()).isTrue();
            assertThat(ticket.body().path("level").asInt()).isEqualTo(1);
            assertThat(ticket.body().path("complaint").path("comment").asString()).isEqualTo("等了很久");
            assertThat(ticket.raw()).doesNotContain("applicant1").doesNotContain(caseId)
                    .doesNotContain("caseNumber").doesNotContain("ratingId");
            ApiClient.Response page = api.get("/api/evaluations/tickets?status=OPEN&size=100", department).expect(200);
            assertThat(page.raw()).contains(ticketId).doesNotContain("applicant1").doesNotContain(caseId);
            // looking a ticket up by case would name its rater: not for the department
            assertThat(api.get("/api/evaluations/tickets?caseId=" + caseId, department).expect(422).text("code"))
                    .isEqualTo("CASE_FILTER_SUPERVISORS_ONLY");
        }
        ApiClient.Response answered = api.post("/api/evaluations/tickets/" + ticketId + "/call-back",
                sameDepartmentApprover, "{\"result\":\"CONFIRMED\"}").expect(200);
        assertThat(answered.raw()).doesNotContain("applicant1").doesNotContain(caseId);

        for (String overseer : List.of(shenzhenSupervisor, provincialSupervisor)) {
            JsonNode rater = api.get("/api/evaluations/tickets/" + ticketId, overseer).expect(200).body().path("rater");
            assertThat(rater.path("raterId").asString()).isEqualTo("applicant1");
            assertThat(rater.path("caseId").asString()).isEqualTo(caseId);
            JsonNode byCase = api.get("/api/evaluations/tickets?caseId=" + caseId, overseer).expect(200).body();
            assertThat(byCase.path("total").asLong()).isEqualTo(1);
            assertThat(byCase.path("items").path(0).path("rater").path("raterId").asString()).isEqualTo("applicant1");
        }
        assertThat(api.get("/api/evaluations/tickets?caseId=" + caseId, guangzhouSupervisor).expect(200).body()
                .path("total").asLong()).isZero();

        JsonNode own = api.get("/api/evaluations/tickets/" + ticketId, applicant).expect(200).body();
        assertThat(own.path("rater").path("caseId").asString()).isEqualTo(caseId); // the rater sees their own
    }

    private List<String> listed(String token) {
        List<String> ids = new ArrayList<>();
        JsonNode items = api.get("/api/evaluations/tickets?status=OPEN&size=100", token).expect(200).body().path("items");
        for (JsonNode item : items) {
            ids.add(item.path("id").asString());
        }
        return ids;
    }
}
