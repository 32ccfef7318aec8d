package org.example.gov.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.example.gov.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Probes, metrics and API docs: reachable without a token (the gateway only routes /api/**). */
@PlatformIntegrationTest
class OperationsEndpointsIntegrationTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
    }

    @Test
    void readinessAndLivenessAnswerWithoutAToken() {
        assertThat(api.get("/readyz", null).expect(200).text("status")).isEqualTo("UP");
        assertThat(api.get("/livez", null).expect(200).text("status")).isEqualTo("UP");
    }

    @Test
    void prometheusExposesHttpServerMetricsTaggedWithTheApplication() {
        api.get("/api/test/me", TestTokens.shared().mint("clerk1", "440300", null, "CLERK")).expect(200);

        ApiClient.Response metrics = api.get("/actuator/prometheus", null).expect(200);

        assertThat(metrics.header("Content-Type")).startsWith("text/plain");
        assertThat(metrics.raw()).contains("http_server_requests").contains("application=\"starter-test\"")
                .contains("uri=\"/api/test/me\"");
    }

    @Test
    void theOpenApiDocumentNamesTheServiceAndItsBearerScheme() {
        ApiClient.Response docs = api.get("/v3/api-docs", null).expect(200);

        assertThat(docs.body().path("info").path("title").asString()).isEqualTo("starter-test");
        assertThat(docs.body().path("components").path("securitySchemes").path("bearer").path("scheme").asString())
                .isEqualTo("bearer");
        assertThat(docs.body().path("paths").has("/api/test/widgets")).isTrue();
        assertThat(docs.body().path("paths").has("/error")).as("the error controller is no API").isFalse();
        assertThat(docs.body().path("paths").path("/api/test/me").path("get").path("parameters").findValuesAsString("name"))
                .as("the acting user comes from the token, not the query").doesNotContain("actor");
    }
}
