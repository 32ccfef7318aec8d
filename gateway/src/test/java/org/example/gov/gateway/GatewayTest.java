package org.example.gov.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway against real HTTP backends (a JDK HttpServer standing in for the services, and a closed port
 * standing in for a service that is down), on a random port, with the production configuration.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0",
        // quotas have their own tests (ratelimit/); these are about routing and would otherwise look for a database
        "RATE_LIMIT_ENABLED=false",
        "GATEWAY_RESPONSE_TIMEOUT_MS=1000",
        "GATEWAY_CIRCUIT_TIMEOUT=3s",
        "CORS_ALLOWED_ORIGINS=http://localhost:5173,http://localhost:3000"})
class GatewayTest {

    static final FakeService backend = new FakeService();
    static final String DOWN = FakeService.closedPortUrl();
    static final TestKeys keys = TestKeys.shared();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("CATALOG_URL", backend::url);
        registry.add("CASE_URL", backend::url);
        registry.add("TRADING_URL", backend::url);
        registry.add("EVALUATION_URL", () -> DOWN);
        registry.add("HOTLINE_URL", () -> DOWN);
        registry.add("JWT_PUBLIC_KEY_LOCATION", keys::publicKeyLocation);
    }

    @AfterAll
    static void stopBackend() {
        backend.close();
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    WebTestClient client;

    @BeforeEach
    void setUp() {
        backend.reset();
        client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(15)).build();
    }

    // ---------------------------------------------------------------- authentication

    @Test
    void apiWithoutTokenIs401Problem() {
        Map<String, Object> problem = problem(client.get().uri("/api/cases/x").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer"), "UNAUTHENTICATED");
        assertThat(problem).containsEntry("status", 401).containsEntry("instance", "/api/cases/x");
        assertThat(backend.last("/api/cases/x")).as("must not reach the service").isNull();
    }

    @Test
    void validTokenReachesServiceWithAuthorizationAndRequestId() {
        String token = keys.mint("clerk1", "CLERK");
        client.get().uri("/api/cases/42").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header("X-Request-Id", "req-123").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Request-Id", "req-123")
                .expectBody().jsonPath("$.path").isEqualTo("/api/cases/42");
        FakeService.Received received = backend.last("/api/cases/42");
        assertThat(received).isNotNull();
        assertThat(FakeService.header(received, "Authorization")).containsExactly("Bearer " + token);
        assertThat(FakeService.header(received, "X-Request-Id")).containsExactly("req-123");
        assertThat(FakeService.header(received, "traceparent")).as("W3C trace context propagated")
                .singleElement().asString().matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }

    @Test
    void aCallersTraceIsContinuedToTheServiceUnderTheSameTraceId() {
        // below the 10% ratio of this configuration: sampled (the last 16 hex digits decide)
        String traceId = "4bf92f3577b34da6" + "0000000000000001";
        String callerSpan = "00f067aa0ba902b7";
        client.get().uri("/api/cases/43").header(HttpHeaders.AUTHORIZATION, "Bearer " + keys.mint("clerk1", "CLERK"))
                .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01").exchange()
                .expectStatus().isOk();

        // one trace from the caller through case-service, Kafka and its consumers (e2e TraceAcrossKafkaIT)
        assertThat(FakeService.header(backend.last("/api/cases/43"), "traceparent")).singleElement().asString()
                .matches("00-" + traceId + "-[0-9a-f]{16}-01").doesNotContain(callerSpan);
    }

    @Test
    void aCallerCannotForceItsRequestToBeTraced() {
        // above the 10% ratio of this configuration: not sampled, whatever the caller's flag says
        String traceId = "4bf92f3577b34da6" + "7fffffffffffffff";
        client.get().uri("/api/cases/44").header(HttpHeaders.AUTHORIZATION, "Bearer " + keys.mint("clerk1", "CLERK"))
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01").exchange()
                .expectStatus().isOk();

        assertThat(FakeService.header(backend.last("/api/cases/44"), "traceparent")).singleElement().asString()
                .as("the same trace, the gateway's own sampling decision").matches("00-" + traceId + "-[0-9a-f]{16}-00");
    }

    @Test
    void aDeclaredBodyOverTheLimitIs413BeforeItIsRouted() {
        String token = keys.mint("clerk1", "CLERK");
        problem(client.post().uri("/api/cases/big").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"x\":\"" + "x".repeat(1_100_000) + "\"}")
                .exchange().expectStatus().isEqualTo(413), "PAYLOAD_TOO_LARGE");
        assertThat(backend.last("/api/cases/big")).as("never reached the service").isNull();
    }

    @Test
    void aSealedBidMayCarryADocumentLargerThanTheGeneralLimitUpToItsOwn() {
        String token = keys.mint("bidder1", "BIDDER");
        String envelope = "{\"ciphertext\":\"" + "A".repeat(1_500_000) + "\"}";
        client.post().uri("/api/trading/lots/L1/bids").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(envelope).exchange();
        assertThat(backend.last("/api/trading/lots/L1/bids")).as("routed to trading-service").isNotNull();

        problem(client.post().uri("/api/trading/lots/L2/bids").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"ciphertext\":\"" + "A".repeat(17_000_000) + "\"}")
                .exchange().expectStatus().isEqualTo(413), "PAYLOAD_TOO_LARGE");
        assertThat(backend.last("/api/trading/lots/L2/bids")).as("never reached the service").isNull();
        problem(client.put().uri("/api/trading/lots/L3/bids").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(envelope)
                .exchange().expectStatus().isEqualTo(413), "PAYLOAD_TOO_LARGE");
    }

    @Test
    void requestIdIsGeneratedWhenMissingOrUnsafe() {
        String token = keys.mint("clerk1", "CLERK");
        EntityExchangeResult<byte[]> result = client.post().uri("/api/cases")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header("X-Request-Id", "bad id with spaces and way too long ".repeat(3))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isOk().expectBody().returnResult();
        String requestId = result.getResponseHeaders().getFirst("X-Request-Id");
        assertThat(requestId).matches("[0-9a-f-]{36}");
        assertThat(FakeService.header(backend.last("/api/cases"), "X-Request-Id")).containsExactly(requestId);
        assertThat(backend.last("/api/cases").method()).isEqualTo("POST");
    }

    @Test
    void partnerRouteNeedsAPartnerTokenAndASignature() {
        client.get().uri("/api/partner/cases/1").exchange().expectStatus().isUnauthorized();
        problem(client.get().uri("/api/partner/cases/1")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + keys.mint("partner-gx", "PARTNER"))
                .exchange().expectStatus().isUnauthorized(), "PARTNER_SIGNATURE_INVALID");
        problem(client.get().uri("/api/partner/cases/1")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + keys.mint("clerk1", "CLERK"))
                .exchange().expectStatus().isForbidden(), "FORBIDDEN");
        // signed requests passing through: partner/PartnerSignatureTest (it needs the nonce store's database)
        assertThat(backend.last("/api/partner/cases/1")).isNull();
    }

    @Test
    void publicCatalogReadPassesWithoutToken() {
        client.get().uri("/api/catalog/items").exchange()
                .expectStatus().isOk()
                .expectHeader().exists("X-Request-Id")
                .expectBody().jsonPath("$.path").isEqualTo("/api/catalog/items");
        assertThat(FakeService.header(backend.last("/api/catalog/items"), "Authorization")).isEmpty();
        client.get().uri("/api/calendar/2025").exchange().expectStatus().isOk();
        client.get().uri("/api/cases/progress/Q123").exchange().expectStatus().isOk();
    }

    @Test
    void writesToPublicAreasStillNeedAToken() {
        client.post().uri("/api/catalog/items").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isUnauthorized();
        assertThat(backend.last("/api/catalog/items")).isNull();
    }

    @Test
    void wrongIssuerExpiredAndForeignKeyTokensAre401() {
        String wrongIssuer = keys.mintWithIssuer("https://evil.example/", "clerk1", "CLERK");
        String expired = keys.mintExpired("clerk1", "CLERK");
        String foreignKey = TestKeys.mint(TestKeys.generate(), TestKeys.ISSUER, "clerk1",
                java.time.Instant.now().plusSeconds(3600), "CLERK");
        for (String token : new String[] {wrongIssuer, expired, foreignKey, "not-a-jwt"}) {
            problem(client.get().uri("/api/cases/1").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                    .expectStatus().isUnauthorized(), "UNAUTHENTICATED");
        }
        assertThat(backend.last("/api/cases/1")).isNull();
    }

    // ---------------------------------------------------------------- resilience

    @Test
    void serviceDownIsFast503Problem() {
        long start = System.nanoTime();
        Map<String, Object> problem = problem(client.get().uri("/api/evaluations/7")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + keys.mint("supervisor1", "SUPERVISOR"))
                .exchange().expectStatus().isEqualTo(503), "SERVICE_UNAVAILABLE");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(problem).containsEntry("service", "evaluation-service")
                .containsEntry("instance", "/api/evaluations/7")
                .containsEntry("type", "urn:gov:problem:SERVICE_UNAVAILABLE");
        assertThat((String) problem.get("detail")).contains("evaluation-service").contains("暂时不可用");
    }

    @Test
    void publicPathOfADownServiceIs503InEnglishWhenAsked() {
        Map<String, Object> problem = problem(client.get().uri("/api/evaluations/public/stats")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9").exchange()
                .expectStatus().isEqualTo(503), "SERVICE_UNAVAILABLE");
        assertThat((String) problem.get("detail")).isEqualTo("evaluation-service is temporarily unavailable; please retry later");
    }

    @Test
    void slowServiceIsCutOffByTheResponseTimeout() {
        long start = System.nanoTime();
        Map<String, Object> problem = problem(client.get().uri("/api/trading/slow")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + keys.mint("trader1", "TRADING_STAFF"))
                .exchange().expectStatus().isEqualTo(504), "GATEWAY_TIMEOUT");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
        assertThat(problem).containsEntry("service", "trading-service").containsEntry("instance", "/api/trading/slow");
    }

    @Test
    void theBreakerCountsCallsSlowerThanTheCircuitTimeoutAsSlow() {
        // no time limiter wraps the breaker (the route's response timeout answers 504, slowServiceIsCutOff... above);
        // the breaker still opens on a run of slow calls
        assertThat(circuitBreakers.circuitBreaker("case-service").getCircuitBreakerConfig().getSlowCallDurationThreshold())
                .isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void apiDocsOfADownServiceAre503Problem() {
        problem(client.get().uri("/v3/api-docs/hotline-service").exchange().expectStatus().isEqualTo(503),
                "SERVICE_UNAVAILABLE");
    }

    @Test
    void apiDocsAreRoutedToTheServicesOwnDocument() {
        client.get().uri("/v3/api-docs/case-service").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.path").isEqualTo("/v3/api-docs");
    }

    @Test
    void swaggerUiIsServed() {
        client.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
        client.get().uri("/v3/api-docs/swagger-config").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.urls[?(@.name == 'case-service')].url").isEqualTo("/v3/api-docs/case-service");
    }

    // ---------------------------------------------------------------- exposure

    @Test
    void unknownPathsAre404Problems() {
        problem(client.get().uri("/nope").exchange().expectStatus().isNotFound(), "NOT_FOUND");
        problem(client.get().uri("/api/unknown/thing")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + keys.mint("clerk1", "CLERK"))
                .exchange().expectStatus().isNotFound(), "NOT_FOUND");
    }

    @Test
    void actuatorIsNotReachableOnTheMainPort() {
        problem(client.get().uri("/actuator/prometheus").exchange().expectStatus().isNotFound(), "NOT_FOUND");
        problem(client.get().uri("/actuator/env").exchange().expectStatus().isNotFound(), "NOT_FOUND");
        problem(client.get().uri("/actuator").exchange().expectStatus().isNotFound(), "NOT_FOUND");
    }

    @Test
    void probesAreOnTheMainPortAndMetricsOnTheManagementPort() {
        client.get().uri("/readyz").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/livez").exchange().expectStatus().isOk();
        WebTestClient management = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + managementPort).build();
        management.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("jvm_memory_used_bytes"));
        management.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }

    @Test
    void everyProxiedRequestIsCountedWithALatencyHistogramByRouteAndStatus() {
        String token = keys.mint("applicant1", "APPLICANT");
        client.get().uri("/api/cases/metrics-probe").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isOk();
        WebTestClient management = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + managementPort).build();
        management.get().uri("/actuator/prometheus").exchange().expectStatus().isOk().expectBody(String.class)
                .value(body -> assertThat(body.lines().filter(line -> line.startsWith("http_client_requests_seconds_bucket{")
                        && line.contains("spring_cloud_gateway_route_id=\"case\"") && line.contains("http_status_code=\"200\"")))
                        .as("histogram buckets of the case route's 200s").isNotEmpty());
    }

    @Test
    void devTokenEndpointDoesNotExistWithoutLocalProfile() {
        problem(client.post().uri("/dev/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"user\":\"clerk1\"}").exchange().expectStatus().isNotFound(), "NOT_FOUND");
        client.get().uri("/dev/users").exchange().expectStatus().isNotFound();
    }

    // ---------------------------------------------------------------- CORS

    @Test
    void corsPreflightFromAllowedOrigin() {
        client.options().uri("/api/cases/1")
                .header(HttpHeaders.ORIGIN, "http://localhost:5173")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "PATCH")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "Authorization, Idempotency-Key, Content-Type")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, v -> assertThat(v).contains("PATCH"))
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
                        v -> assertThat(v.toLowerCase()).contains("authorization").contains("idempotency-key"));
        assertThat(backend.last("/api/cases/1")).as("preflight answered by the gateway").isNull();
    }

    @Test
    void corsActualResponseExposesRequestIdAndLocation() {
        client.get().uri("/api/catalog/items").header(HttpHeaders.ORIGIN, "http://localhost:3000").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:3000")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
                        v -> assertThat(v).contains("X-Request-Id").contains("Location"));
        // a 401 must still be readable by the browser
        client.get().uri("/api/cases/1").header(HttpHeaders.ORIGIN, "http://localhost:3000").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:3000");
    }

    @Test
    void corsPreflightFromForeignOriginIsRefused() {
        client.options().uri("/api/cases/1")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    // ---------------------------------------------------------------- helpers

    @SuppressWarnings("unchecked")
    static Map<String, Object> problem(WebTestClient.ResponseSpec response, String code) {
        Map<String, Object> body = response
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(body).isNotNull();
        assertThat(body).containsEntry("code", code)
                .containsEntry("type", "urn:gov:problem:" + code)
                .containsKeys("title", "status", "detail", "instance");
        assertThat(body.get("detail")).asString().isNotBlank();
        return (Map<String, Object>) body;
    }
}
