package org.example.gov.evaluation.onsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.example.gov.evaluation.invitation.InvitationService;
import org.example.gov.evaluation.invitation.Stage;
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

/** 一次一评 through the API: the hall opens a window service, the window device rates it once. */
@PlatformIntegrationTest
class OnSiteRatingIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OccurrenceService occurrences;

    @Autowired
    InvitationService invitations;

    ApiClient api;
    String clerk;
    String device;
    String otherDevice;
    String applicant;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
        clerk = TestTokens.shared().mint("clerk7", "440300", "市市场监督管理局", "CLERK");
        String window = "SZ-FUTIAN-W" + UUID.randomUUID().toString().substring(0, 8);
        device = TestTokens.shared().mint(window, "440300", null, "WINDOW_DEVICE");
        otherDevice = TestTokens.shared().mint("SZ-FUTIAN-W99", "440300", null, "WINDOW_DEVICE");
        applicant = TestTokens.shared().mint("applicant1", "440300", null, "APPLICANT");
        this.window = window;
    }

    String window;

    @Test
    void theWindowDeviceRatesAServiceOnceAndStaffCannotRateIt() {
        String id = open();
        ApiClient.Response pushed = api.get("/api/evaluations/window-devices/me/occurrence", device).expect(200);
        assertThat(pushed.text("id")).isEqualTo(id);
        assertThat(pushed.raw()).doesNotContain("applicant1"); // the screen shows the service, not who is served

        String rating = "{\"level\":5,\"tags\":[\"热情\"],\"comment\":\"很快\"}";
        assertThat(api.post("/api/evaluations/service-occurrences/" + id + "/rating", clerk, rating).expect(403)
                .text("code")).isEqualTo("FORBIDDEN");
        assertThat(api.post("/api/evaluations/service-occurrences/" + id + "/rating", otherDevice, rating).expect(404)
                .text("code")).isEqualTo("OCCURRENCE_NOT_FOUND");

        ApiClient.Response rated = api.post("/api/evaluations/service-occurrences/" + id + "/rating", device, rating)
                .expect(201);
        assertThat(rated.text("channel")).isEqualTo("WINDOW_DEVICE");
        assertThat(rated.text("stage")).isEqualTo("ON_SITE");
        assertThat(rated.text("source")).isEqualTo("ON_SITE");
        assertThat(rated.body().path("ratedObjects").path("hallCode").asString()).isEqualTo("SZ-FUTIAN");
        assertThat(rated.body().path("ratedObjects").path("windowId").asString()).isEqualTo(window);
        assertThat(rated.body().path("ratedObjects").path("staffId").asString()).isEqualTo("clerk7");
        assertThat(rated.body().path("ratedObjects").path("department").asString()).isEqualTo("市市场监督管理局");

        ApiClient.Response again = api.post("/api/evaluations/service-occurrences/" + id + "/rating", device, rating)
                .expect(409);
        assertThat(again.text("code")).isEqualTo("OCCURRENCE_ALREADY_RATED");
        assertThat(api.post("/api/evaluations/service-occurrences/" + id + "/rating", applicant, rating).expect(409)
                .text("code")).isEqualTo("OCCURRENCE_ALREADY_RATED");
        api.get("/api/evaluations/window-devices/me/occurrence", device).expect(404);

        assertThat(jdbc.sql("SELECT raterId FROM (SELECT rater_id AS raterId FROM rating WHERE invitation_id = :id) r")
                .param("id", id).query(String.class).list()).containsExactly("applicant1"); // bound to the applicant
        String ratingId = rated.text("id");
        List<EventProbe.Event> events = EventProbe.await(SharedInfrastructure.kafka().bootstrapServers(),
                "gov.evaluation.events", e -> e.data() != null && e.data().contains(ratingId), Duration.ofSeconds(20));
        assertThat(events).singleElement().satisfies(e -> {
            Contracts.assertValid(e.type(), e.data());
            assertThat(e.data()).contains("\"windowId\":\"" + window + "\"").doesNotContain("applicant1");
        });
    }

    @Test
    void eachWindowServiceOfTheSameCaseGetsItsOwnRating() {
        String caseId = UUID.randomUUID().toString();
        String first = open(caseId);
        api.post("/api/evaluations/service-occurrences/" + first + "/rating", device, "{\"level\":4}").expect(201);
        String second = open(caseId);
        ApiClient.Response viaQr = api.post("/api/evaluations/service-occurrences/" + second + "/rating", applicant,
                "{\"level\":2,\"comment\":\"材料被退回两次\"}").expect(201);
        assertThat(viaQr.text("channel")).isEqualTo("QR_CODE");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rating WHERE case_id = :c AND stage = 'ON_SITE'").param("c", caseId)
                .query(Long.class).single()).isEqualTo(2);
        // the bad one opened a ticket for the department, attributed to the hall and the clerk
        assertThat(jdbc.sql("SELECT CONCAT(department, '/', hall_code, '/', staff_id, '/', channel) FROM rectification_ticket WHERE case_id = :c")
                .param("c", caseId).query(String.class).single()).isEqualTo("市市场监督管理局/SZ-FUTIAN/clerk7/QR_CODE");
    }

    @Test
    void badInputAndApplicantsCannotOpenOccurrences() {
        ApiClient.Response invalid = api.post("/api/evaluations/service-occurrences", clerk, "{\"caseId\":\"x\"}").expect(400);
        assertThat(invalid.raw()).contains("windowId");
        api.post("/api/evaluations/service-occurrences", applicant, body(UUID.randomUUID().toString())).expect(403);
        String id = open();
        api.post("/api/evaluations/service-occurrences/" + id + "/rating", device, "{\"level\":6}").expect(400);
    }

    @Test
    void anUnratedOccurrenceExpiresOnceAsUnrated() {
        String id = open();
        jdbc.sql("UPDATE service_occurrence SET expires_at = TIMESTAMPADD(MINUTE, -1, UTC_TIMESTAMP(6)) WHERE id = :id")
                .param("id", id).update();
        assertThat(occurrences.expireDue(java.time.Instant.now())).isGreaterThanOrEqualTo(1);
        assertThat(occurrences.expireDue(java.time.Instant.now())).isZero();
        assertThat(jdbc.sql("SELECT status FROM service_occurrence WHERE id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("EXPIRED");
        api.post("/api/evaluations/service-occurrences/" + id + "/rating", device, "{\"level\":5}").expect(409);
    }

    private String open() {
        return open(UUID.randomUUID().toString());
    }

    private String open(String caseId) {
        received(caseId, "440300", "市市场监督管理局");
        return api.post("/api/evaluations/service-occurrences", clerk, body(caseId)).expect(201).text("id");
    }

    /** The case as gov.case.received.v1 told it: applicant1's, of this region and department. */
    private void received(String caseId, String region, String department) {
        invitations.openFor(new InvitationService.CaseAtStage(caseId, "20251010-K7Q2M9XA", Stage.RECEIPT, "applicant1",
                "11440300MB2C93676R-XK-001", "食品经营许可证核发", department, region, "clerk7", "WINDOW"));
    }

    @Test
    void staffOpenOccurrencesOnlyForThemselvesAndForAnApplicantOfACaseInTheirReach() {
        String unknown = UUID.randomUUID().toString();
        assertThat(api.post("/api/evaluations/service-occurrences", clerk, body(unknown)).expect(404).text("code"))
                .isEqualTo("SERVED_CASE_NOT_FOUND");

        String guangzhouCase = UUID.randomUUID().toString();
        received(guangzhouCase, "440100", "市市场监督管理局");
        assertThat(api.post("/api/evaluations/service-occurrences", clerk, body(guangzhouCase)).expect(404)
                .text("code")).isEqualTo("SERVED_CASE_NOT_FOUND"); // another city's case, same department name

        String shenzhenCase = UUID.randomUUID().toString();
        received(shenzhenCase, "440300", "市市场监督管理局");
        String otherDepartmentApprover = TestTokens.shared().mint("appr-mz", "440300", "市民政局", "APPROVER");
        api.post("/api/evaluations/service-occurrences", otherDepartmentApprover, body(shenzhenCase)).expect(404);
        assertThat(api.post("/api/evaluations/service-occurrences", clerk,
                body(shenzhenCase).replace("\"windowId\"", "\"staffId\":\"clerk9\",\"windowId\"")).expect(422)
                .text("code")).isEqualTo("OCCURRENCE_STAFF_NOT_SELF");
        assertThat(api.post("/api/evaluations/service-occurrences", clerk,
                body(shenzhenCase).replace("applicant1", "applicant2")).expect(404).text("code"))
                .isEqualTo("SERVED_CASE_NOT_FOUND");

        String id = api.post("/api/evaluations/service-occurrences", clerk, body(shenzhenCase)).expect(201).text("id");
        String colleague = TestTokens.shared().mint("clerk8", "440300", "市市场监督管理局", "CLERK");
        String guangzhouSupervisor = TestTokens.shared().mint("sup-gz", "440100", null, "SUPERVISOR");
        String shenzhenSupervisor = TestTokens.shared().mint("sup-sz", "440300", null, "SUPERVISOR");
        String otherApplicant = TestTokens.shared().mint("applicant2", "440300", null, "APPLICANT");
        for (String reader : List.of(clerk, device, applicant, shenzhenSupervisor)) {
            api.get("/api/evaluations/service-occurrences/" + id, reader).expect(200);
        }
        for (String stranger : List.of(colleague, guangzhouSupervisor, otherApplicant, otherDevice)) {
            api.get("/api/evaluations/service-occurrences/" + id, stranger).expect(404);
        }
    }

    private String body(String caseId) {
        return "{\"caseId\":\"" + caseId + "\",\"caseNumber\":\"20251010-K7Q2M9XA\",\"applicantId\":\"applicant1\","
                + "\"itemCode\":\"11440300MB2C93676R-XK-001\",\"itemName\":\"食品经营许可证核发\",\"hallCode\":\"SZ-FUTIAN\","
                + "\"windowId\":\"" + window + "\"}";
    }
}
