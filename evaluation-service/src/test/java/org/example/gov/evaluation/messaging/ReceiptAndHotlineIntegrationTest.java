package org.example.gov.evaluation.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.Contracts;
import org.example.gov.testsupport.EventProbe;
import org.junit.jupiter.api.Test;

/** Receipt-stage invitations (gov.case.received.v1) and 12345 call-back ratings (gov.hotline.callback-rated.v1). */
class ReceiptAndHotlineIntegrationTest extends EventFlowTest {

    static final String EXAMPLE_CASE = "8f14e45f-ceea-4e7a-9a6f-0d1b2c3d4e5f";

    @Test
    void aReceivedCaseOpensAReceiptInvitationRatedOnceBesideTheCompletionOne() {
        String caseId = UUID.randomUUID().toString();
        String received = Contracts.example("gov.case.received.v1").replace(EXAMPLE_CASE, caseId);
        EventProbe.publish(bootstrap, "gov.case.events", caseId, UUID.randomUUID().toString(), "gov.case.received.v1", received);
        // the same fact published again under another event id: still one receipt invitation
        EventProbe.publish(bootstrap, "gov.case.events", caseId, UUID.randomUUID().toString(), "gov.case.received.v1", received);
        String marker = UUID.randomUUID().toString();
        EventProbe.publish(bootstrap, "gov.case.events", caseId, marker, "gov.case.closed.v1",
                Contracts.example("gov.case.closed.v1").replace(EXAMPLE_CASE, caseId));

        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT COUNT(*) FROM processed_event WHERE event_id = :p", marker) == 1);
        assertThat(jdbc.sql("SELECT stage FROM invitation WHERE case_id = :c ORDER BY stage").param("c", caseId)
                .query(String.class).list()).containsExactly("COMPLETION", "RECEIPT");

        String rating = "{\"caseId\":\"" + caseId + "\",\"stage\":\"RECEIPT\",\"level\":4,\"channel\":\"APP\"}";
        ApiClient.Response rated = api.post("/api/evaluations/ratings", applicant, rating).expect(201);
        assertThat(rated.text("stage")).isEqualTo("RECEIPT");
        assertThat(rated.text("channel")).isEqualTo("APP");
        assertThat(rated.body().path("ratedObjects").path("staffId").asString()).isEqualTo("clerk1"); // who received it
        assertThat(rated.body().path("ratedObjects").path("department").asString()).isEqualTo("市市场监督管理局");
        assertThat(api.post("/api/evaluations/ratings", applicant, rating).expect(409).text("code")).isEqualTo("ALREADY_RATED");
        // the completion stage is still open to its own rating
        api.post("/api/evaluations/ratings", applicant, rating.replace("RECEIPT", "COMPLETION")).expect(201);
        assertThat(count("SELECT COUNT(*) FROM rating WHERE case_id = :p", caseId)).isEqualTo(2);
    }

    @Test
    void aHotlineCallBackRatesTheCaseOnceHoweverOftenItArrives() {
        String caseId = UUID.randomUUID().toString();
        EventProbe.publish(bootstrap, "gov.case.events", caseId, UUID.randomUUID().toString(), "gov.case.closed.v1",
                Contracts.example("gov.case.closed.v1").replace(EXAMPLE_CASE, caseId));
        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT COUNT(*) FROM invitation WHERE case_id = :p", caseId) == 1);

        String callback = Contracts.example("gov.hotline.callback-rated.v1").replace(EXAMPLE_CASE, caseId)
                .replace("2025-10-12T06:00:00Z", Instant.now().toString());
        String eventId = UUID.randomUUID().toString();
        EventProbe.publish(bootstrap, "gov.hotline.events", caseId, eventId, "gov.hotline.callback-rated.v1", callback);
        EventProbe.publish(bootstrap, "gov.hotline.events", caseId, eventId, "gov.hotline.callback-rated.v1", callback);
        String secondCall = callback.replace("3c6e0b8a-9c0b-4f4e-a1d2-7e5f6a7b8c9d", UUID.randomUUID().toString())
                .replace("\"level\":4", "\"level\":1");
        String marker = UUID.randomUUID().toString();
        EventProbe.publish(bootstrap, "gov.hotline.events", caseId, marker, "gov.hotline.callback-rated.v1", secondCall);

        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT COUNT(*) FROM processed_event WHERE event_id = :p", marker) == 1);
        assertThat(jdbc.sql("SELECT channel, source, level FROM rating WHERE case_id = :c").param("c", caseId)
                .query((rs, n) -> rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getInt(3)).list())
                .containsExactly("HOTLINE/HOTLINE/4");
        assertThat(count("SELECT COUNT(*) FROM rectification_ticket WHERE case_id = :p", caseId)).isZero();
        // the case's completion stage is rated: the applicant cannot rate it again online
        api.post("/api/evaluations/ratings", applicant,
                "{\"caseId\":\"" + caseId + "\",\"stage\":\"COMPLETION\",\"level\":5}").expect(409);

        EventProbe.await(bootstrap, "gov.evaluation.events",
                e -> caseId.equals(e.key()) && "gov.evaluation.rating-submitted.v1".equals(e.type()), Duration.ofSeconds(20))
                .forEach(e -> {
                    Contracts.assertValid(e.type(), e.data());
                    assertThat(e.data()).contains("\"channel\":\"HOTLINE\"").doesNotContain("applicant1");
                });
    }

    @Test
    void aHotlineRatingFromSomeoneOtherThanTheApplicantIsRefused() {
        String caseId = UUID.randomUUID().toString();
        EventProbe.publish(bootstrap, "gov.case.events", caseId, UUID.randomUUID().toString(), "gov.case.closed.v1",
                Contracts.example("gov.case.closed.v1").replace(EXAMPLE_CASE, caseId));
        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT COUNT(*) FROM invitation WHERE case_id = :p", caseId) == 1);
        String callback = Contracts.example("gov.hotline.callback-rated.v1").replace(EXAMPLE_CASE, caseId)
                .replace("\"applicantId\":\"applicant1\"", "\"applicantId\":\"agent1\"")
                .replace("2025-10-12T06:00:00Z", Instant.now().toString());
        EventProbe.publish(bootstrap, "gov.hotline.events", caseId, UUID.randomUUID().toString(),
                "gov.hotline.callback-rated.v1", callback);
        String marker = UUID.randomUUID().toString();
        EventProbe.publish(bootstrap, "gov.hotline.events", caseId, marker, "gov.hotline.callback-rated.v1",
                Contracts.example("gov.hotline.callback-rated.v1").replace(EXAMPLE_CASE, UUID.randomUUID().toString())
                        .replace("2025-10-12T06:00:00Z", Instant.now().toString()));

        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT COUNT(*) FROM processed_event WHERE event_id = :p", marker) == 1);
        assertThat(count("SELECT COUNT(*) FROM rating WHERE case_id = :p", caseId)).isZero();
        api.post("/api/evaluations/ratings", applicant,
                "{\"caseId\":\"" + caseId + "\",\"stage\":\"COMPLETION\",\"level\":5}").expect(201);
    }

    private long count(String sql, String param) {
        return jdbc.sql(sql).param("p", param).query(Long.class).single();
    }
}
