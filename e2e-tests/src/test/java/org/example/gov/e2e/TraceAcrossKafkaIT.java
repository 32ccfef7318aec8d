package org.example.gov.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.example.gov.launcher.Platform;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.TestApplicants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One trace id from the caller through the gateway, case-service, its outbox and Kafka, to evaluation-service: a clerk
 * receives a case under a known W3C {@code traceparent}; case-service stores the resulting gov.case.received.v1 with
 * that trace, and evaluation-service's log line for applying it carries the same traceId, which is how an operator
 * follows a request across the services (the JSON logs in each service's log file).
 */
class TraceAcrossKafkaIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static ApiClient gateway;
    static String itemId;

    @BeforeAll
    static void platform() {
        RunningPlatform.get();
        gateway = RunningPlatform.gateway();
        itemId = RunningPlatform.publishItem("XK-TRACE-" + System.nanoTime(), 20, 5);
    }

    @Test
    void aCaseReceivedThroughTheGatewayIsHandledByEvaluationInTheCallersTrace() {
        String caseId = gateway.post("/api/cases", gateway.devToken("applicant1"), TestApplicants.online(itemId))
                .expect(201).text("id");
        String traceId = hex(16);

        gateway.send("POST", "/api/cases/" + caseId + "/reception", gateway.devToken("clerk1"), null,
                "traceparent", "00-" + traceId + "-" + hex(8) + "-01").expect(200);

        // gateway → case-service: the event is stored in the request's trace
        String stored = RunningPlatform.text("cases",
                "SELECT traceparent FROM outbox_event WHERE subject = ? AND event_type = 'gov.case.received.v1'", caseId);
        assertThat(stored).matches("00-" + traceId + "-[0-9a-f]{16}-01");
        String eventId = RunningPlatform.text("cases",
                "SELECT event_id FROM outbox_event WHERE subject = ? AND event_type = 'gov.case.received.v1'", caseId);

        // Kafka → evaluation-service: applying that event is logged under the same trace id
        Path log = RunningPlatform.get().logOf(Platform.EVALUATION);
        List<JsonNode> applied = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> linesAbout(log, eventId), lines -> !lines.isEmpty());
        assertThat(applied).singleElement().satisfies(line -> {
            assertThat(line.path("message").asString()).startsWith("Applied event " + eventId + " (gov.case.received.v1)");
            assertThat(line.path("traceId").asString()).as("evaluation-service's traceId").isEqualTo(traceId);
        });
        assertThat(RunningPlatform.count("evaluation",
                "SELECT COUNT(*) FROM invitation WHERE case_id = ? AND stage = 'RECEIPT'", caseId)).isEqualTo(1);
    }

    /** The JSON log lines of a service's log file that name the event. */
    private static List<JsonNode> linesAbout(Path log, String eventId) {
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.startsWith("{") && line.contains(eventId)).map(JSON::readTree).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
