package org.example.gov.hotline.casereference;

import java.util.Optional;
import java.util.regex.Pattern;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

import feign.FeignException;

/**
 * Checks the case number a ticket names against case-service, as whoever records the ticket (the agent on the phone,
 * or the caller online for their own case). Case-service's "no" (404: no such case, or none the asker may see) is an
 * answer: 422 CASE_NOT_FOUND naming {@code caseNumber}, and it never counts against the circuit breaker. Any failure to
 * answer (timeout, refused connection, 5xx, open circuit) is not the caller's fault and must not lose the call: the
 * lookup answers empty and the ticket is recorded with the reference unverified.
 */
@Component
public class CaseLookup {

    /** The platform's case numbers: the date and eight characters (case-service's own pattern). */
    public static final Pattern CASE_NUMBER = Pattern.compile("\\d{8}-[0-9A-Z]{8}");
    private static final Logger log = LoggerFactory.getLogger(CaseLookup.class);

    private final CaseClient client;

    CaseLookup(CaseClient client) {
        this.client = client;
    }

    /**
     * @return the case's facts, or empty when case-service could not answer now
     * @throws BusinessRuleViolationException (422) when case-service answered that there is no such case
     */
    public Optional<CaseFacts> find(String caseNumber) {
        CaseFacts facts;
        try {
            facts = client.byNumber(caseNumber, bearerOfThisRequest());
        } catch (RuntimeException e) {
            if (!answeredNo(e)) {
                log.warn("case-service did not answer for a ticket's case reference: {}", rootCause(e).toString());
                return Optional.empty();
            }
            facts = null;
        }
        if (facts == null) {
            throw new BusinessRuleViolationException("CASE_NOT_FOUND", "caseNumber",
                    "No case " + caseNumber + " that you may name", caseNumber);
        }
        return Optional.of(facts);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /**
     * Whether case-service answered no: a 4xx other than 408 and 429 (failures to answer). The circuit breaker wraps
     * what the call threw, so look at the causes.
     */
    /**
     * The bearer token of the person whose request needs the case, read here on the request's thread (the circuit
     * breaker runs the call on another one). The platform has no service identity (no client-credentials grant at the
     * identity provider), so case-service is only ever asked on a person's behalf.
     */
    private static String bearerOfThisRequest() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth instanceof JwtAuthenticationToken jwt ? "Bearer " + jwt.getToken().getTokenValue() : null;
    }

    static boolean answeredNo(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof FeignException.FeignClientException refused) {
                return refused.status() != 408 && refused.status() != 429;
            }
        }
        return false;
    }
}
