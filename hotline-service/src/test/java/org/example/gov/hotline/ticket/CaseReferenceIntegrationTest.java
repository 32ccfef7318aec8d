package org.example.gov.hotline.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.example.gov.hotline.support.CaseServiceStandIn;
import org.example.gov.hotline.support.HotlineIntegrationTest;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.Contracts;
import org.example.gov.testsupport.EventProbe;
import org.example.gov.testsupport.SharedInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A ticket about a case: the number is checked against case-service as whoever records it; a complaint reaches the
 * case's department; case-service's "no" is a 422 and never an outage; case-service down never fails an intake.
 */
class CaseReferenceIntegrationTest extends HotlineIntegrationTest {

    static final CaseServiceStandIn CASES = CaseServiceStandIn.start();
    static final String MARKET = "市市场监督管理局";

    @DynamicPropertySource
    static void caseService(DynamicPropertyRegistry registry) {
        registry.add("platform.clients.case.url", CASES::url);
    }

    @AfterEach
    void caseServiceUp() {
        CASES.down(false);
    }

    private static String complaintAbout(String caseNumber, String phone, String channel) {
        return complaint("欧阳娜娜", phone, false).replace("\"channel\":\"PHONE\"", "\"channel\":\"" + channel + "\"")
                .replace("\"confidential\":false", "\"confidential\":false,\"caseNumber\":\"" + caseNumber + "\"");
    }

    @Test
    void aComplaintAboutAVerifiedCaseIsProposedToTheCasesDepartmentAndDispatchedThere() {
        String number = "20250920-K7Q2M9XA";
        CASES.add(number, UUID.randomUUID().toString(), false);

        ApiClient.Response created = api.post("/api/hotline/tickets", agent, complaintAbout(number, "13900000001", "PHONE"))
                .expect(201);
        assertThat(created.body().path("caseReference").path("verified").asBoolean()).isTrue();
        assertThat(CASES.authorizations().getLast()).as("called as the agent").isEqualTo("Bearer " + agent);
        String id = created.text("id");

        ApiClient.Response proposal = api.get("/api/hotline/tickets/" + id + "/dispatch-proposal", agent).expect(200);
        assertThat(proposal.body().path("leadDepartment").path("name").asString()).isEqualTo(MARKET);
        ApiClient.Response dispatched = api.post("/api/hotline/tickets/" + id + "/dispatch", agent, "{}").expect(200);
        assertThat(dispatched.body().path("leadDepartment").path("name").asString())
                .as("not the responsibility list's 住建局").isEqualTo(MARKET);
    }

    @Test
    void anUnknownCaseNumberIsA422NamingTheFieldAndNeverOpensTheCircuit() {
        long before = countTickets();
        for (int i = 0; i < 8; i++) {
            ApiClient.Response refused = api.post("/api/hotline/tickets", agent,
                    complaintAbout("20250101-UNKNOWN" + i, "1390000001" + i, "PHONE"));
            assertProblem(refused, 422, "CASE_NOT_FOUND");
            assertThat(refused.text("field")).isEqualTo("caseNumber");
        }
        assertThat(countTickets()).isEqualTo(before);
        assertProblem(api.post("/api/hotline/tickets", agent, complaintAbout("not-a-case", "13900000020", "PHONE")), 400,
                null);

        // eight "no" answers did not open the breaker: a known case is still checked, not recorded unverified
        String number = "20250920-K7Q2M9XB";
        CASES.add(number, UUID.randomUUID().toString(), false);
        ApiClient.Response created = api.post("/api/hotline/tickets", agent, complaintAbout(number, "13900000021", "PHONE"))
                .expect(201);
        assertThat(created.body().path("caseReference").path("verified").asBoolean()).isTrue();
    }

    @Test
    void whileCaseServiceIsDownTheIntakeIsRecordedUnverifiedAndCheckedAgainBeforeDispatch() {
        String number = "20250920-K7Q2M9XC";
        CASES.add(number, UUID.randomUUID().toString(), false);
        CASES.down(true);

        ApiClient.Response created = api.post("/api/hotline/tickets", agent, complaintAbout(number, "13900000031", "PHONE"))
                .expect(201);
        assertThat(created.body().path("caseReference").path("verified").asBoolean()).isFalse();
        assertThat(created.body().path("caseReference").path("caseNumber").asString()).isEqualTo(number);
        assertThat(created.body().path("history").get(0).path("note").asString()).contains("unverified");
        String id = created.text("id");
        assertProblem(api.post("/api/hotline/tickets/" + id + "/case-reference-verification", agent, null), 503, null);

        CASES.down(false);
        ApiClient.Response dispatched = api.post("/api/hotline/tickets/" + id + "/dispatch", agent, "{}").expect(200);
        assertThat(dispatched.body().path("caseReference").path("verified").asBoolean()).isTrue();
        assertThat(dispatched.body().path("leadDepartment").path("name").asString()).isEqualTo(MARKET);
        assertThat(dispatched.body().path("history").findValuesAsString("action")).containsSubsequence("CREATE",
                "VERIFY_CASE_REFERENCE", "DISPATCH");
        assertProblem(api.post("/api/hotline/tickets/" + id + "/case-reference-verification", agent, null), 409, null);

        String kafka = SharedInfrastructure.kafka().bootstrapServers();
        List<EventProbe.Event> verified = EventProbe.await(kafka, TicketEvents.TOPIC,
                e -> id.equals(e.key()) && "gov.hotline.case-reference-verified.v1".equals(e.type()), Duration.ofSeconds(20));
        assertThat(verified).singleElement().satisfies(e -> Contracts.assertValid(e.type(), e.data()));
    }

    @Test
    void theApplicantsOwnUnsatisfiedCallBackIsTheCasesRating() {
        String number = "20250920-K7Q2M9XD";
        String caseId = UUID.randomUUID().toString();
        CASES.add(number, caseId, true); // case-service answers the caller filing online: it is their case
        String id = api.post("/api/hotline/tickets", applicant, complaintAbout(number, "13900000041", "WEB")).expect(201)
                .text("id");
        api.post("/api/hotline/tickets/" + id + "/dispatch", agent, "{}").expect(200);
        api.post("/api/hotline/tickets/" + id + "/signature", marketHandler, null).expect(200);
        api.post("/api/hotline/tickets/" + id + "/reply", marketHandler, "{\"text\":\"已重新核发\"}").expect(200);
        api.post("/api/hotline/tickets/" + id + "/reply-approval", agent, "{}").expect(200);
        ApiClient.Response reopened = api.post("/api/hotline/tickets/" + id + "/call-back", agent,
                "{\"result\":\"UNSATISFIED\",\"note\":\"仍未解决\"}").expect(200);
        assertThat(reopened.body().path("redoCount").asInt()).isEqualTo(1);

        String kafka = SharedInfrastructure.kafka().bootstrapServers();
        List<EventProbe.Event> rated = EventProbe.await(kafka, TicketEvents.TOPIC,
                e -> caseId.equals(e.key()) && TicketEvents.CALLBACK_RATED.equals(e.type()), Duration.ofSeconds(20));
        assertThat(rated).singleElement().satisfies(e -> {
            Contracts.assertValid(e.type(), e.data());
            assertThat(e.data()).contains("\"level\":2", "\"applicantId\":\"applicant1\"", "\"caseNumber\":\"" + number + "\"",
                    "\"department\":\"" + MARKET + "\"").doesNotContain("13900000041", "欧阳娜娜");
        });
    }
}
