package org.example.gov.evaluation.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.example.gov.evaluation.rating.RatingEvents;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.Contracts;
import org.example.gov.testsupport.EventProbe;
import org.example.gov.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Case events in (fed from the contract's example), invitations and ratings out, through real Kafka and MariaDB. */
class RatingFlowIntegrationTest extends EventFlowTest {

    static final String CASE_TOPIC = "gov.case.events";

    @Test
    void aClosedCaseOpensOneInvitationAndTheApplicantRatesItOnce() {
        String caseId = UUID.randomUUID().toString();
        EventProbe.publish(bootstrap, CASE_TOPIC, caseId, UUID.randomUUID().toString(), "gov.case.closed.v1", closedCase(caseId));

        await().atMost(Duration.ofSeconds(20)).until(() -> invitations(caseId) == 1);
        ApiClient.Response mine = api.get("/api/evaluations/invitations?caseId=" + caseId, applicant).expect(200);
        assertThat(mine.body().path(0).path("status").asString()).isEqualTo("OPEN");

        String rating = "{\"caseId\":\"" + caseId + "\",\"stage\":\"COMPLETION\",\"level\":5,\"tags\":[\"热情\"],\"comment\":\"办事快\"}";
        ApiClient.Response rated = api.post("/api/evaluations/ratings", applicant, rating).expect(201);
        assertThat(rated.body().path("bad").asBoolean()).isFalse();

        ApiClient.Response again = api.post("/api/evaluations/ratings", applicant, rating).expect(409);
        assertThat(again.text("code")).isEqualTo("ALREADY_RATED");

        List<EventProbe.Event> events = EventProbe.await(bootstrap, RatingEvents.TOPIC, e -> caseId.equals(e.key()),
                Duration.ofSeconds(20));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(RatingEvents.RATING_SUBMITTED);
            Contracts.assertValid(e.type(), e.data());
            assertThat(e.data()).doesNotContain("applicant1"); // the rater stays anonymous to the rated side
        });
    }

    @Test
    void theSameEventDeliveredTwiceChangesNothingTheSecondTime() {
        String caseId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        EventProbe.publish(bootstrap, CASE_TOPIC, caseId, eventId, "gov.case.closed.v1", closedCase(caseId));
        EventProbe.publish(bootstrap, CASE_TOPIC, caseId, eventId, "gov.case.closed.v1", closedCase(caseId));
        // a marker after the duplicate, on the same key (same partition): once it is processed, so is the duplicate
        String marker = UUID.randomUUID().toString();
        EventProbe.publish(bootstrap, CASE_TOPIC, caseId, marker, "gov.case.closed.v1", closedCase(caseId));

        await().atMost(Duration.ofSeconds(20)).until(() -> processed(marker));
        assertThat(invitations(caseId)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM processed_event WHERE event_id = :id").param("id", eventId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onlyTheInvitedApplicantMayRateAndStaffCannotRateForThem() {
        String caseId = UUID.randomUUID().toString();
        EventProbe.publish(bootstrap, CASE_TOPIC, caseId, UUID.randomUUID().toString(), "gov.case.closed.v1", closedCase(caseId));
        await().atMost(Duration.ofSeconds(20)).until(() -> invitations(caseId) == 1);
        String rating = "{\"caseId\":\"" + caseId + "\",\"stage\":\"COMPLETION\",\"level\":1}";

        String someoneElse = TestTokens.shared().mint("applicant2", "440300", null, "APPLICANT");
        assertThat(api.post("/api/evaluations/ratings", someoneElse, rating).expect(404).text("code"))
                .isEqualTo("INVITATION_NOT_FOUND");
        String clerk = TestTokens.shared().mint("clerk1", "440300", "市政务服务数据管理局", "CLERK");
        assertThat(api.post("/api/evaluations/ratings", clerk, rating).expect(403).text("code")).isEqualTo("FORBIDDEN");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rating WHERE case_id = :c").param("c", caseId).query(Long.class).single())
                .isZero();
    }

    @Test
    void aMessageThatIsNotACloudEventGoesToTheDeadLetterTopicAndConsumptionContinues() {
        String poisonKey = UUID.randomUUID().toString();
        EventProbe.publishRaw(bootstrap, CASE_TOPIC, poisonKey, "this is not a cloud event");
        String caseId = UUID.randomUUID().toString();
        EventProbe.publish(bootstrap, CASE_TOPIC, caseId, UUID.randomUUID().toString(), "gov.case.closed.v1", closedCase(caseId));

        assertThat(EventProbe.await(bootstrap, CASE_TOPIC + ".DLT", e -> poisonKey.equals(e.key()), Duration.ofSeconds(30)))
                .hasSize(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> invitations(caseId) == 1);
    }

    @Test
    void aCaseEventNotFromCaseServiceOpensNoInvitationAndGoesStraightToTheDeadLetterTopic() {
        String forged = UUID.randomUUID().toString();
        EventProbe.publish(bootstrap, CASE_TOPIC, forged, UUID.randomUUID().toString(), "gov.case.closed.v1",
                closedCase(forged), "/gov/hotline-service");
        String genuine = UUID.randomUUID().toString();
        EventProbe.publish(bootstrap, CASE_TOPIC, genuine, UUID.randomUUID().toString(), "gov.case.closed.v1",
                closedCase(genuine));

        assertThat(EventProbe.await(bootstrap, CASE_TOPIC + ".DLT", e -> forged.equals(e.key()), Duration.ofSeconds(30)))
                .hasSize(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> invitations(genuine) == 1);
        assertThat(invitations(forged)).isZero();
    }

    private long invitations(String caseId) {
        return jdbc.sql("SELECT COUNT(*) FROM invitation WHERE case_id = :c").param("c", caseId).query(Long.class).single();
    }

    private boolean processed(String eventId) {
        return jdbc.sql("SELECT COUNT(*) FROM processed_event WHERE event_id = :id").param("id", eventId)
                .query(Long.class).single() == 1;
    }

    /** The contract's own example of gov.case.closed.v1, for a fresh case id and our applicant. */
    private static String closedCase(String caseId) {
        String example = Contracts.example("gov.case.closed.v1");
        return example.replace("8f14e45f-ceea-4e7a-9a6f-0d1b2c3d4e5f", caseId);
    }
}
