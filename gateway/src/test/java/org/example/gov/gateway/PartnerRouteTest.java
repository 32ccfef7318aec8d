package org.example.gov.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.resilience4j.bulkhead.BulkheadRegistry;

import org.example.gov.testsupport.PartnerSigner;
import org.example.gov.testsupport.SharedInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Partner cities have their own bulkhead at the gateway: when their calls fill it, further partner calls get a 503
 * problem at once while front-end calls to the same case-service still pass (limit lowered to 2 here). Partner calls
 * are signed (HMAC-SHA256), so their nonces go to the shared MariaDB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0",
        "RATE_LIMIT_ENABLED=false",
        "GATEWAY_RESPONSE_TIMEOUT_MS=3000",
        "GATEWAY_CIRCUIT_TIMEOUT=5s",
        "GATEWAY_PARTNER_MAX_CALLS=2"})
class PartnerRouteTest {

    static final FakeService backend = new FakeService();
    static final TestKeys keys = TestKeys.shared();
    static final String SECRET = "gx-route-test-secret-0123456789abcdef";

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("CASE_URL", backend::url);
        registry.add("JWT_PUBLIC_KEY_LOCATION", keys::publicKeyLocation);
        // partner calls are signed and their nonces stored (schema gateway)
        registry.add("DB_PORT", () -> Integer.toString(SharedInfrastructure.mariaDb().port()));
        registry.add("platform.partners.partner-gx.keys[0].id", () -> "gx-route");
        registry.add("platform.partners.partner-gx.keys[0].scheme", () -> "HMAC-SHA256");
        registry.add("platform.partners.partner-gx.keys[0].secret", () -> SECRET);
    }

    static String[] signedGet(String path) {
        return PartnerSigner.sign("GET", path, null, "gx-route", PartnerSigner.HMAC_SHA256, SECRET).toArray();
    }

    @AfterAll
    static void stopBackend() {
        backend.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    BulkheadRegistry bulkheads;

    @Test
    void thePartnerBulkheadIsItsOwnAndSmallerThanTheFrontEndOnes() {
        assertThat(bulkheads.bulkhead("partner").getBulkheadConfig().getMaxConcurrentCalls()).isEqualTo(2);
        assertThat(bulkheads.bulkhead("case-service").getBulkheadConfig().getMaxConcurrentCalls()).isEqualTo(400);
    }

    @Test
    void aFullPartnerBulkheadAnswers503AtOnceWhileFrontEndCallsStillPass() {
        String partner = "Bearer " + keys.mint("partner-gx", "PARTNER");
        HttpClient http = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> slow = List.of(
                http.sendAsync(get("/api/partner/cases/slow-1", partner), HttpResponse.BodyHandlers.ofString()),
                http.sendAsync(get("/api/partner/cases/slow-2", partner), HttpResponse.BodyHandlers.ofString()));
        await().atMost(Duration.ofSeconds(3)).until(() -> backend.last("/api/partner/cases/slow-1") != null
                && backend.last("/api/partner/cases/slow-2") != null);

        WebTestClient client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(10)).build();
        long start = System.nanoTime();
        GatewayTest.problem(client.get().uri("/api/partner/cases/3").header(HttpHeaders.AUTHORIZATION, partner)
                .headers(h -> addAll(h, signedGet("/api/partner/cases/3"))).exchange().expectStatus().isEqualTo(503), "SERVICE_UNAVAILABLE");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(backend.last("/api/partner/cases/3")).as("never reached case-service").isNull();
        client.get().uri("/api/cases/3").header(HttpHeaders.AUTHORIZATION, "Bearer " + keys.mint("clerk1", "CLERK"))
                .exchange().expectStatus().isOk();

        slow.forEach(CompletableFuture::join); // cut off by the response timeout, which frees the bulkhead
        client.get().uri("/api/partner/cases/4").header(HttpHeaders.AUTHORIZATION, partner)
                .headers(h -> addAll(h, signedGet("/api/partner/cases/4"))).exchange().expectStatus().isOk();
    }

    private HttpRequest get(String path, String authorization) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header(HttpHeaders.AUTHORIZATION, authorization).headers(signedGet(path)).GET().build();
    }

    private static void addAll(HttpHeaders headers, String[] namesAndValues) {
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            headers.add(namesAndValues[i], namesAndValues[i + 1]);
        }
    }
}
