package org.example.gov.cases.casefile.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import org.example.gov.cases.support.CaseIntegrationTest;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.TestApplicants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11 (4): the catalogue's "no such item" is an answer about the request, not an outage. Before, one applicant
 * sending unknown ids opened the catalogue circuit and every valid submission in the province answered 503.
 */
class UnknownItemIntegrationTest extends CaseIntegrationTest {

    @Autowired
    CircuitBreakerRegistry breakers;

    @Test
    void aHundredUnknownItemsAnswer422StoreNothingAndLeaveTheCircuitClosed() {
        long before = countCases();

        for (int i = 0; i < 100; i++) {
            String id = i % 2 == 0 ? "malformed-" + i : "missing";
            ApiClient.Response response = api.post("/api/cases", applicant, TestApplicants.online(id));
            assertThat(response.status()).as("submission %s for %s", i, id).isEqualTo(422);
            assertThat(response.text("code")).isEqualTo("ITEM_NOT_FOUND");
        }

        assertThat(countCases()).isEqualTo(before);
        assertThat(breakers.getAllCircuitBreakers()).isNotEmpty()
                .allSatisfy(breaker -> assertThat(breaker.getState()).as(breaker.getName())
                        .isEqualTo(CircuitBreaker.State.CLOSED));
        assertThat(api.post("/api/cases", applicant, TestApplicants.online("item-after")).status())
                .as("a valid submission right after").isEqualTo(201);
    }
}
