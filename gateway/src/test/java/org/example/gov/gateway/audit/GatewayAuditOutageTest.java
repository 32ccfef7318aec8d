package org.example.gov.gateway.audit;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.example.gov.gateway.FakeService;
import org.example.gov.gateway.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Fail-open: with the audit trail's database away, a refusal is still the same 401 problem (never a 500; the insert
 * runs after the answer, on the audit's own thread), and a warning says that refusals went unrecorded.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0",
        "RATE_LIMIT_ENABLED=false"})
class GatewayAuditOutageTest {

    static final TestKeys keys = TestKeys.shared();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("JWT_PUBLIC_KEY_LOCATION", keys::publicKeyLocation);
        String closed = FakeService.closedPortUrl();
        registry.add("DB_PORT", () -> closed.substring(closed.lastIndexOf(':') + 1));
    }

    @LocalServerPort
    int port;

    @Test
    void aRefusalIsStillA401AndTheLostEntryIsReported(CapturedOutput output) {
        WebTestClient client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(15)).build();
        client.get().uri("/api/cases/outage").exchange().expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");

        await().atMost(Duration.ofSeconds(10))
                .until(() -> output.getOut().contains("refusal(s) could not be recorded"));
    }
}
