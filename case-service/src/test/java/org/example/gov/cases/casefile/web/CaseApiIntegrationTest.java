package org.example.gov.cases.casefile.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.example.gov.cases.casefile.CaseEvents;
import org.example.gov.cases.support.CaseIntegrationTest;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.Contracts;
import org.example.gov.testsupport.EventProbe;
import org.example.gov.testsupport.SharedInfrastructure;
import org.example.gov.testsupport.TestApplicants;
import org.junit.jupiter.api.Test;

class CaseApiIntegrationTest extends CaseIntegrationTest {

    @Test
    void aCaseGoesThroughEveryStageEachStepIsPublishedInOrderAndMatchesItsSchema() {
        clock.set(LocalDate.of(2025, 9, 26), LocalTime.of(9, 30));
        String id = submitOnline(UUID.randomUUID().toString());
        assertThat(api.get("/api/cases/" + id, applicant).expect(200).text("preReviewDue")).isEqualTo("2025-09-29");

        api.post("/api/cases/" + id + "/reception", clerk, "{\"location\":\"市民中心 A区 12号窗口\"}").expect(200);
        ApiClient.Response accepted = api.post("/api/cases/" + id + "/acceptance", clerk, null).expect(200);
        assertThat(accepted.body().path("deadline").path("dueDate").asString()).isEqualTo("2025-10-10");
        assertThat(accepted.body().path("remainingWorkingDays").asInt()).isEqualTo(5);

        clock.set(LocalDate.of(2025, 9, 29), LocalTime.of(10, 0));
        api.post("/api/cases/" + id + "/review-steps", approver, "{\"opinion\":\"材料齐全，符合条件\"}").expect(200);
        api.post("/api/cases/" + id + "/decision", approver, "{\"outcome\":\"APPROVED\"}").expect(200);
        api.post("/api/cases/" + id + "/delivery", clerk, "{\"method\":\"E_LICENCE\",\"reference\":\"JY14403000001234\"}")
                .expect(200);
        ApiClient.Response closed = api.post("/api/cases/" + id + "/closure", clerk, null).expect(200);
        assertThat(closed.text("status")).isEqualTo("CLOSED");
        assertThat(closed.body().path("allowedActions").isEmpty()).isTrue();

        ApiClient.Response view = api.get("/api/cases/" + id, applicant).expect(200);
        assertThat(view.body().path("history").findValuesAsString("action"))
                .containsExactly("SUBMIT", "RECEIVE", "ACCEPT", "REVIEW_STEP", "DECIDE", "DELIVER", "CLOSE");
        assertThat(view.body().path("history").get(1).path("location").asString()).isEqualTo("市民中心 A区 12号窗口");
        assertThat(view.body().path("history").get(3).path("actorRole").asString()).isEqualTo("APPROVER");

        String kafka = SharedInfrastructure.kafka().bootstrapServers();
        EventProbe.await(kafka, CaseEvents.TOPIC, e -> id.equals(e.key()) && CaseEvents.CLOSED.equals(e.type()),
                Duration.ofSeconds(20));
        List<EventProbe.Event> events = EventProbe.await(kafka, CaseEvents.TOPIC, e -> id.equals(e.key()), Duration.ofSeconds(5));
        assertThat(events).extracting(EventProbe.Event::type).containsExactly("gov.case.submitted.v1",
                "gov.case.received.v1", "gov.case.accepted.v1", "gov.case.review-step-recorded.v1",
                "gov.case.decided.v1", "gov.case.delivered.v1", "gov.case.closed.v1");
        events.forEach(e -> Contracts.assertValid(e.type(), e.data()));
        assertThat(events).extracting(EventProbe.Event::partition).containsOnly(events.getFirst().partition());
    }

    @Test
    void supplementSpecialProcedureAndExtensionMoveTheDueDateAndArePublished() {
        clock.set(LocalDate.of(2025, 9, 26), LocalTime.of(9, 30));
        String id = accepted(UUID.randomUUID().toString());
        clock.set(LocalDate.of(2025, 9, 29), LocalTime.of(9, 30));
        api.post("/api/cases/" + id + "/special-procedures", approver, "{\"type\":\"EXPERT_REVIEW\",\"reason\":\"需专家评审\"}")
                .expect(200);
        clock.set(LocalDate.of(2025, 10, 10), LocalTime.of(9, 30));
        ApiClient.Response ended = api.post("/api/cases/" + id + "/special-procedures/current/end", approver,
                "{\"result\":\"评审通过\"}").expect(200);
        assertThat(ended.body().path("deadline").path("dueDate").asString()).isEqualTo("2025-10-14");
        assertThat(ended.body().path("specialProcedures").get(0).path("pausedWorkingDays").asInt()).isEqualTo(3);

        ApiClient.Response extended = api.post("/api/cases/" + id + "/extension", approver,
                "{\"workingDays\":2,\"reason\":\"需现场核查\"}").expect(200);
        assertThat(extended.body().path("deadline").path("dueDate").asString()).isEqualTo("2025-10-16");

        List<EventProbe.Event> events = EventProbe.await(SharedInfrastructure.kafka().bootstrapServers(), CaseEvents.TOPIC,
                e -> id.equals(e.key()) && e.type().equals("gov.case.extended.v1"), Duration.ofSeconds(20));
        assertThat(events).singleElement().satisfies(e -> {
            Contracts.assertValid(e.type(), e.data());
            assertThat(e.data()).contains("\"dueDate\":\"2025-10-16\"");
        });
    }

    @Test
    void aSecondSupplementNoticeWithNewMaterialsIsRefusedAndChangesNothing() {
        String id = submitOnline(UUID.randomUUID().toString());
        api.post("/api/cases/" + id + "/supplement-requests", clerk, "{\"materials\":[\"营业执照副本\"]}").expect(200);
        api.post("/api/cases/" + id + "/supplements", applicant, null).expect(200);
        long version = Long.parseLong(api.get("/api/cases/" + id, clerk).expect(200).text("version"));

        ApiClient.Response refused = api.post("/api/cases/" + id + "/supplement-requests", clerk,
                "{\"materials\":[\"营业执照副本\",\"健康证明\"]}").expect(422);

        assertThat(refused.text("code")).isEqualTo("SUPPLEMENT_NOT_TOLD_AT_ONCE");
        ApiClient.Response after = api.get("/api/cases/" + id, clerk).expect(200);
        assertThat(after.text("status")).isEqualTo("PRE_REVIEW");
        assertThat(Long.parseLong(after.text("version"))).isEqualTo(version);
    }

    @Test
    void anIllegalStepAnswers409WithTheAllowedStepsAndAStaleVersionAnswers409() {
        String id = submitOnline(UUID.randomUUID().toString());

        ApiClient.Response conflict = api.post("/api/cases/" + id + "/closure", clerk, null).expect(409);
        assertThat(conflict.text("code")).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(conflict.body().path("allowed").valueStream().map(n -> n.asString()).toList())
                .containsExactly("receive", "request-supplement", "not-accept", "withdraw");

        String etag = api.get("/api/cases/" + id, clerk).expect(200).header("ETag");
        api.send("POST", "/api/cases/" + id + "/reception", clerk, null, "If-Match", etag).expect(200);
        ApiClient.Response stale = api.send("POST", "/api/cases/" + id + "/acceptance", clerk, null, "If-Match", etag);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.get("/api/cases/" + id, clerk).expect(200).text("status")).isEqualTo("RECEIVED");
    }

    @Test
    void aClerkSubmitsAtTheWindowForAnApplicantAndTheHistorySaysWhoActed() {
        ApiClient.Response created = api.post("/api/cases", clerk, """
                {"itemId":"%s","applicant":{"id":"elder1","name":"赵老伯","idNumber":"11010519491231002X","phone":"13800138000"},"location":"市民中心 帮办代办窗口"}"""
                .formatted(UUID.randomUUID())).expect(201);

        assertThat(created.text("status")).isEqualTo("RECEIVED");
        assertThat(created.text("channel")).isEqualTo("WINDOW");
        assertThat(created.text("submittedBy")).isEqualTo("clerk1");
        ApiClient.Response view = api.get("/api/cases/" + created.text("id"), clerk).expect(200);
        assertThat(view.body().path("history").get(0).path("onBehalfOf").asString()).isEqualTo("elder1");
        assertThat(view.body().path("history").get(0).path("actorId").asString()).isEqualTo("clerk1");

        assertThat(api.post("/api/cases", clerk, TestApplicants.online(UUID.randomUUID())).expect(422).text("code"))
                .isEqualTo("APPLICANT_REQUIRED");
    }

    @Test
    void aRefusalWithoutReasonsAndNotAcceptingWithoutReasonsAnswer422() {
        String id = submitOnline(UUID.randomUUID().toString());
        assertThat(api.post("/api/cases/" + id + "/non-acceptance", clerk, "{}").expect(422).text("code"))
                .isEqualTo("NOT_ACCEPTED_REASONS_REQUIRED");
        api.post("/api/cases/" + id + "/reception", clerk, null).expect(200);
        api.post("/api/cases/" + id + "/acceptance", clerk, null).expect(200);
        assertThat(api.post("/api/cases/" + id + "/decision", approver, "{\"outcome\":\"REFUSED\"}").expect(422).text("code"))
                .isEqualTo("REFUSAL_REASONS_REQUIRED");
        assertThat(api.post("/api/cases/" + id + "/decision", approver, "{\"outcome\":\"MAYBE\"}").expect(400).text("code"))
                .isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void aSlowCatalogueMakesSubmissionFailFastWith503AndStoresNothing() {
        long before = countCases();

        ApiClient.Response response = api.post("/api/cases", applicant, TestApplicants.online("slow"));

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.text("code")).isEqualTo("DEPENDENCY_UNAVAILABLE");
        assertThat(response.elapsed()).isLessThan(Duration.ofMillis(4000));
        assertThat(countCases()).isEqualTo(before);
    }

    @Test
    void anUnknownOrUnpublishedItemAnswers422() {
        assertThat(api.post("/api/cases", applicant, TestApplicants.online("missing")).expect(422).text("code"))
                .isEqualTo("ITEM_NOT_FOUND");
        assertThat(api.post("/api/cases", applicant, TestApplicants.online("draft")).expect(422).text("code"))
                .isEqualTo("ITEM_NOT_PUBLISHED");
    }

    @Test
    void badInputAnswers400AndStoresNothing() {
        long before = countCases();
        assertThat(api.post("/api/cases", applicant, "{\"itemId\":").expect(400).text("code")).isEqualTo("MALFORMED_REQUEST");
        assertThat(api.post("/api/cases", applicant, "{}").expect(400).text("code")).isEqualTo("VALIDATION_FAILED");
        assertThat(api.post("/api/cases", applicant, "{\"itemId\":\"x\",\"channel\":\"WINDOW\",\"applicant\":{" + TestApplicants.CONTACT + "}}").expect(422).text("code"))
                .isEqualTo("CHANNEL_NOT_FOR_APPLICANT");
        assertThat(countCases()).isEqualTo(before);
    }

    @Test
    void applicantsSeeOnlyTheirOwnCasesAndEachStepIsForItsRole() {
        String id = submitOnline(UUID.randomUUID().toString());

        assertThat(api.get("/api/cases/" + id, otherApplicant).expect(404).text("code")).isEqualTo("CASE_NOT_FOUND");
        assertThat(api.post("/api/cases/" + id + "/withdrawal", otherApplicant, null).expect(404).text("code"))
                .isEqualTo("CASE_NOT_FOUND");
        assertThat(api.post("/api/cases/" + id + "/reception", applicant, null).expect(403).text("code")).isEqualTo("FORBIDDEN");
        api.post("/api/cases/" + id + "/reception", clerk, null).expect(200);
        assertThat(api.post("/api/cases/" + id + "/acceptance", approver, null).expect(403).text("code")).isEqualTo("FORBIDDEN");
        assertThat(api.get("/api/cases/" + id, clerk).expect(200).text("queryCode")).isEmpty();
        assertThat(api.get("/api/cases/" + id, applicant).expect(200).text("queryCode")).matches("\\d{6}");
        api.post("/api/cases/" + id + "/withdrawal", applicant, "{\"reason\":\"不再需要\"}").expect(200);
    }
}
