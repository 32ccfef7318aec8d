package org.example.gov.hotline.casereference;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * case-service's case reference API. Timeouts and the circuit breaker are configured under
 * {@code spring.cloud.openfeign.client.config.case-service} and {@code resilience4j}; a 404 is thrown as a
 * FeignClientException (an answer: see CaseLookup). {@code authorization} is the bearer token of the
 * person whose request needs the case, so case-service scopes the answer as for them.
 */
@FeignClient(name = "case-service", url = "${platform.clients.case.url}")
interface CaseClient {

    /** @return the case; 404 (thrown) when case-service has no such case within the asker's reach */
    @GetMapping("/api/cases/references/{caseNumber}")
    CaseFacts byNumber(@PathVariable("caseNumber") String caseNumber,
            @RequestHeader(name = "Authorization", required = false) String authorization);
}
