package org.example.gov.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.example.gov.launcher.Platform;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.TestApplicants;
import org.example.gov.testsupport.EventProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The first real flow through the gateway with every service running as its own JVM: an item is published,
 * a case is submitted, accepted and closed, evaluation-service opens a rating invitation from the case
 * event, the applicant rates. Plus the failures the platform must survive.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseToRatingFlowIT {

    static ApiClient gateway;
    static String maintainer;
    static String applicant;
    static String clerk;
    static String itemId;

    @BeforeAll
    static void platformAndTokens() {
        RunningPlatform.get();
        gateway = RunningPlatform.gateway();
        maintainer = gateway.devToken("maintainer1");
        applicant = gateway.devToken("applicant1");
        clerk = gateway.devToken("clerk1");
        itemId = RunningPlatform.publishItem("XK-E2E-" + System.nanoTime(), 20, 5);
    }

    @Test
    @Order(1)
    void aClosedCaseIsRatedOnceThroughTheGateway() {
        String caseId = closedCase();

        await().atMost(Duration.ofSeconds(30)).until(() -> invitationsFor(caseId) == 1);
        String rating = "{\"caseId\":\"" + caseId + "\",\"stage\":\"COMPLETION\",\"level\":4,\"comment\":\"一次办好\"}";
        assertThat(gateway.post("/api/evaluations/ratings", applicant, rating).expect(201).text("caseId")).isEqualTo(caseId);
        assertThat(gateway.post("/api/evaluations/ratings", applicant, rating).expect(409).text("code")).isEqualTo("ALREADY_RATED");
        ApiClient.Response invitations = gateway.get("/api/evaluations/invitations?caseId=" + caseId, applicant).expect(200);
        // one invitation per stage: at receipt (gov.case.received.v1) and at completion (gov.case.closed.v1)
        assertThat(invitations.body().valueStream().map(i -> i.path("stage").asString() + ":" + i.path("status").asString()))
                .containsExactlyInAnyOrder("RECEIPT:OPEN", "COMPLETION:RATED");
    }

    @Test
    @Order(2)
    void badInputAnswers400ProblemAndStoresNothing() {
        long before = RunningPlatform.count("cases", "SELECT COUNT(*) FROM case_file");

        ApiClient.Response malformed = gateway.post("/api/cases", applicant, "{\"itemId\": ");
        ApiClient.Response missing = gateway.post("/api/cases", applicant, "{}");

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(malformed.text("code")).isEqualTo("MALFORMED_REQUEST");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().path("errors").findValuesAsString("field")).contains("itemId");
        assertThat(RunningPlatform.count("cases", "SELECT COUNT(*) FROM case_file")).isEqualTo(before);
    }

    @Test
    @Order(3)
    void withTheCatalogueDownSubmissionFailsFastWith503AndStoresNothing() {
        Platform platform = RunningPlatform.get();
        long before = RunningPlatform.count("cases", "SELECT COUNT(*) FROM case_file");
        platform.stopService(Platform.CATALOG);
        try {
            ApiClient.Response response = gateway.post("/api/cases", applicant, TestApplicants.online(itemId));

            assertThat(response.status()).isEqualTo(503);
            assertThat(response.text("code")).isEqualTo("DEPENDENCY_UNAVAILABLE");
            assertThat(response.elapsed()).isLessThan(Duration.ofSeconds(4));
            assertThat(RunningPlatform.count("cases", "SELECT COUNT(*) FROM case_file")).isEqualTo(before);
        } finally {
            platform.startService(Platform.CATALOG);
        }
        // and once it is back, submissions work again (the breaker half-opens and closes)
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofSeconds(2))
                .until(() -> gateway.post("/api/cases", applicant, TestApplicants.online(itemId)).status() == 201);
    }

    @Test
    @Order(4)
    void casesClosedWhileKafkaIsDownAreEachInvitedExactlyOnceAfterItReturns() {
        Platform platform = RunningPlatform.get();
        List<String> accepted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            accepted.add(deliveredCase());
        }
        platform.kafka().stop();
        try {
            for (String caseId : accepted) {
                // the state change commits with its event in the outbox; Kafka being away does not fail it
                gateway.post("/api/cases/" + caseId + "/closure", clerk, null).expect(200);
            }
            assertThat(RunningPlatform.count("cases",
                    "SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL AND event_type = 'gov.case.closed.v1'"))
                    .isGreaterThanOrEqualTo(5);
        } finally {
            platform.kafka().restart();
        }

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> accepted.stream().allMatch(caseId -> invitationsFor(caseId) == 1));
        for (String caseId : accepted) {
            assertThat(RunningPlatform.count("evaluation", "SELECT COUNT(*) FROM invitation WHERE case_id = ? AND stage = 'COMPLETION'", caseId))
                    .as("invitations for %s", caseId).isEqualTo(1);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> RunningPlatform.count("cases",
                "SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL") == 0);
    }

    @Test
    @Order(5)
    void aDuplicateDeliveryOfTheSameEventChangesNothing() {
        String caseId = closedCase();
        await().atMost(Duration.ofSeconds(30)).until(() -> invitationsFor(caseId) == 1);
        String bootstrap = RunningPlatform.get().kafka().bootstrapServers();
        EventProbe.Event closed = EventProbe.await(bootstrap, "gov.case.events",
                e -> caseId.equals(e.key()) && "gov.case.closed.v1".equals(e.type()), Duration.ofSeconds(10)).getFirst();
        long processedBefore = RunningPlatform.count("evaluation", "SELECT COUNT(*) FROM processed_event");

        // the very same event again (same id), then a marker on the same key, so we know when both were consumed
        EventProbe.publish(bootstrap, "gov.case.events", caseId, closed.id(), closed.type(), closed.data());
        String marker = UUID.randomUUID().toString();
        EventProbe.publish(bootstrap, "gov.case.events", caseId, marker, closed.type(), closed.data());

        await().atMost(Duration.ofSeconds(30)).until(() ->
                RunningPlatform.count("evaluation", "SELECT COUNT(*) FROM processed_event WHERE event_id = ?", marker) == 1);
        assertThat(RunningPlatform.count("evaluation", "SELECT COUNT(*) FROM processed_event")).isEqualTo(processedBefore + 1);
        assertThat(RunningPlatform.count("evaluation", "SELECT COUNT(*) FROM processed_event WHERE event_id = ?", closed.id()))
                .isEqualTo(1);
        assertThat(RunningPlatform.count("evaluation", "SELECT COUNT(*) FROM invitation WHERE case_id = ? AND stage = 'COMPLETION'", caseId)).isEqualTo(1);
    }

    @Test
    @Order(6)
    void actuatorIsNotReachableThroughTheGatewayButHealthIs() {
        assertThat(gateway.get("/actuator/prometheus", null).status()).isEqualTo(404);
        assertThat(gateway.get("/actuator/env", null).status()).isEqualTo(404);
        assertThat(gateway.get("/readyz", null).status()).isEqualTo(200);
        assertThat(gateway.get("/api/cases/anything", null).expect(401).text("code")).isEqualTo("UNAUTHENTICATED");
    }

    /** Through pre-review, acceptance, an approval and delivery: the next step is closure. */
    private static String deliveredCase() {
        String caseId = gateway.post("/api/cases", applicant, TestApplicants.online(itemId)).expect(201).text("id");
        gateway.post("/api/cases/" + caseId + "/reception", clerk, null).expect(200);
        gateway.post("/api/cases/" + caseId + "/acceptance", clerk, null).expect(200);
        gateway.post("/api/cases/" + caseId + "/decision", gateway.devToken("approver1"), "{\"outcome\":\"APPROVED\"}")
                .expect(200);
        gateway.post("/api/cases/" + caseId + "/delivery", clerk, "{\"method\":\"WINDOW_PICKUP\"}").expect(200);
        return caseId;
    }

    private static String closedCase() {
        String caseId = deliveredCase();
        gateway.post("/api/cases/" + caseId + "/closure", clerk, null).expect(200);
        return caseId;
    }

    /** Completion-stage invitations of the case (the receipt-stage one is opened when the case is received). */
    private static long invitationsFor(String caseId) {
        ApiClient.Response mine = gateway.get("/api/evaluations/invitations?caseId=" + caseId, applicant);
        return mine.status() == 200
                ? mine.body().valueStream().filter(i -> "COMPLETION".equals(i.path("stage").asString())).count()
                : -1;
    }
}
