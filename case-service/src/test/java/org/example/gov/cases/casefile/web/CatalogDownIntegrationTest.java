package org.example.gov.cases.casefile.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.TestApplicants;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.example.gov.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** Nothing listens where the catalogue should be: submissions fail fast, stay 503 while the breaker is open, store nothing. */
@PlatformIntegrationTest
@TestPropertySource(properties = "platform.clients.item-catalog.url=http://127.0.0.1:9")
class CatalogDownIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void submissionAnswers503QuicklyAndStoresNothingWhileTheCatalogueIsDown() {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String applicant = TestTokens.shared().mint("applicant1", "440300", null, "APPLICANT");
        long before = jdbc.sql("SELECT COUNT(*) FROM case_file").query(Long.class).single();

        for (int i = 0; i < 8; i++) { // enough calls to open the circuit breaker
            ApiClient.Response response = api.post("/api/cases", applicant, TestApplicants.online("any"));
            assertThat(response.status()).isEqualTo(503);
            assertThat(response.text("code")).isEqualTo("DEPENDENCY_UNAVAILABLE");
            assertThat(response.text("dependency")).isEqualTo("item-catalog-service");
            assertThat(response.elapsed()).isLessThan(Duration.ofSeconds(3));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_file").query(Long.class).single()).isEqualTo(before);
    }
}
