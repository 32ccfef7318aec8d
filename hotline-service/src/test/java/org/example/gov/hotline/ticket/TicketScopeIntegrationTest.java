package org.example.gov.hotline.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.example.gov.hotline.support.HotlineIntegrationTest;
import org.example.gov.testsupport.ApiClient;
import org.junit.jupiter.api.Test;

/**
 * Who sees and does what (ENGINEERING.md §9): the centre its region, departments the tickets they lead or assist,
 * the caller their own; out of scope answers 404, and a confidential caller is never shown to a department.
 */
class TicketScopeIntegrationTest extends HotlineIntegrationTest {

    @Test
    void outOfScopeTicketsAnswer404AndNeverAppearInWorkLists() {
        String id = dispatchedComplaint(false);

        assertProblem(api.get("/api/hotline/tickets/" + id, guangzhouAgent), 404, "TICKET_NOT_FOUND");
        assertProblem(api.get("/api/hotline/tickets/" + id, guangzhouHandler), 404, "TICKET_NOT_FOUND");
        assertProblem(api.get("/api/hotline/tickets/" + id, marketHandler), 404, "TICKET_NOT_FOUND");
        assertProblem(api.get("/api/hotline/tickets/" + id, otherApplicant), 404, "TICKET_NOT_FOUND");
        assertProblem(api.post("/api/hotline/tickets/" + id + "/signature", marketHandler, null), 404, "TICKET_NOT_FOUND");
        assertProblem(api.post("/api/hotline/tickets/" + id + "/return", guangzhouHandler, "{\"reason\":\"x\"}"), 404,
                "TICKET_NOT_FOUND");
        assertProblem(api.post("/api/hotline/tickets/" + id + "/closure", guangzhouAgent, "{}"), 404, "TICKET_NOT_FOUND");
        assertThat(api.get("/api/hotline/tickets/" + id, clerk).status()).isEqualTo(403);

        assertThat(ids(api.get("/api/hotline/tickets?size=200", handler))).contains(id);
        assertThat(ids(api.get("/api/hotline/tickets?size=200", agent))).contains(id);
        assertThat(ids(api.get("/api/hotline/tickets?size=200", supervisor))).contains(id);
        assertThat(ids(api.get("/api/hotline/tickets?size=200", marketHandler))).doesNotContain(id);
        assertThat(ids(api.get("/api/hotline/tickets?size=200", guangzhouHandler))).doesNotContain(id);
        assertThat(ids(api.get("/api/hotline/tickets?size=200", guangzhouAgent))).doesNotContain(id);
        assertThat(ids(api.get("/api/hotline/tickets?size=200", applicant))).doesNotContain(id);
        assertThat(api.get("/api/hotline/tickets?size=200", handler).body().path("content").toString())
                .doesNotContain("13912345678", "欧阳娜娜", "139****5678");
    }

    @Test
    void anAssistingDepartmentSeesItsPartButOnlyTheLeadSignsRepliesAndReturns() {
        String id = api.post("/api/hotline/tickets", agent, complaint("张三", "13800138000", false)).expect(201).text("id");
        api.post("/api/hotline/tickets/" + id + "/dispatch", agent, """
                {"assistingDepartments":[{"region":"440300","name":"市生态环境局"}]}""").expect(200);

        assertThat(api.get("/api/hotline/tickets/" + id, environmentHandler).expect(200).body().path("assistingDepartments")
                .get(0).path("name").asString()).isEqualTo("市生态环境局");
        assertThat(ids(api.get("/api/hotline/tickets?size=200", environmentHandler))).contains(id);
        assertProblem(api.post("/api/hotline/tickets/" + id + "/signature", environmentHandler, null), 403,
                "NOT_THE_LEAD_DEPARTMENT");
        api.post("/api/hotline/tickets/" + id + "/signature", handler, null).expect(200);
    }

    @Test
    void aConfidentialCallerIsAbsentForDepartmentsAndShownMaskedToTheCentre() {
        String id = dispatchedComplaint(true);

        ApiClient.Response asHandler = api.get("/api/hotline/tickets/" + id, handler).expect(200);
        assertThat(asHandler.body().path("caller").isMissingNode() || asHandler.body().path("caller").isNull()).isTrue();
        assertThat(asHandler.raw()).doesNotContain("欧阳", "139****5678", "13912345678");
        assertProblem(api.get("/api/hotline/tickets/" + id + "/caller", handler), 403, "CALLER_CONFIDENTIAL");

        ApiClient.Response asAgent = api.get("/api/hotline/tickets/" + id, agent).expect(200);
        assertThat(asAgent.body().path("caller").path("name").asString()).isEqualTo("欧阳**");
        assertThat(asAgent.body().path("confidential").asBoolean()).isTrue();
        assertThat(api.get("/api/hotline/tickets/" + id + "/caller", agent).expect(200).text("phone"))
                .isEqualTo("13912345678");

        String open = dispatchedComplaint(false, "13912005678");
        assertThat(api.get("/api/hotline/tickets/" + open, handler).expect(200).body().path("caller").path("phone")
                .asString()).isEqualTo("139****5678");
    }

    @Test
    void aCallerFilesOnlineAndFollowsOnlyTheirOwnTickets() {
        String mine = api.post("/api/hotline/tickets", applicant, complaint("李四", "13700137000", false)
                .replace("\"PHONE\"", "\"WECHAT\"")).expect(201).text("id");
        ApiClient.Response own = api.get("/api/hotline/tickets/" + mine, applicant).expect(200);
        assertThat(own.text("channel")).isEqualTo("WECHAT");
        assertThat(ids(api.get("/api/hotline/tickets", applicant))).contains(mine);
        assertThat(ids(api.get("/api/hotline/tickets", otherApplicant))).doesNotContain(mine);
        assertThat(api.get("/api/hotline/tickets/" + mine + "/caller", applicant).status()).isEqualTo(403);
        assertThat(api.post("/api/hotline/tickets/" + mine + "/dispatch", applicant, "{}").status()).isEqualTo(403);
    }

    @Test
    void theWorkListFiltersByStatusTypeAndOverdue() {
        today("2025-09-26", "10:00");
        String late = dispatchedComplaint(false);
        clock.reset();
        String fresh = dispatchedComplaint(false, "13912340000");

        assertThat(ids(api.get("/api/hotline/tickets?overdue=true&size=200", handler))).contains(late).doesNotContain(fresh);
        assertThat(ids(api.get("/api/hotline/tickets?overdue=false&size=200", handler))).contains(fresh).doesNotContain(late);
        assertThat(ids(api.get("/api/hotline/tickets?status=DISPATCHED&type=COMPLAINT&size=200", agent))).contains(late, fresh);
        assertThat(ids(api.get("/api/hotline/tickets?status=CLOSED&size=200", agent))).doesNotContain(late, fresh);
        assertThat(ids(api.get("/api/hotline/tickets?type=CONSULT&size=200", agent))).doesNotContain(late, fresh);
        assertProblem(api.get("/api/hotline/tickets?status=NOPE", agent), 400, "FILTER_INVALID");
        assertThat(api.get("/api/hotline/tickets?size=1000", agent).status()).isEqualTo(400);
    }

    private static java.util.List<String> ids(ApiClient.Response response) {
        return response.expect(200).body().path("content").findValuesAsString("id");
    }
}
