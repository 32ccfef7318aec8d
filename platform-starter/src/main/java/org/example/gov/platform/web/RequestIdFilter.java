package org.example.gov.platform.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.example.gov.platform.logging.PersonalDataRedactor;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the gateway's {@code X-Request-Id} (or makes one for direct calls), echoes it, and puts it in the
 * log context so one user action can be followed across services next to the trace id.
 */
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String incoming = request.getHeader(HEADER);
        // Never log an attacker-chosen string verbatim: accept only short token-like ids, and none that reads as an ID
        // or phone number (it would be logged masked, but stored in clear in the audit trail's request_id)
        String requestId = incoming != null && SAFE.matcher(incoming).matches()
                && PersonalDataRedactor.redact(incoming).equals(incoming) ? incoming : UUID.randomUUID().toString();
        response.setHeader(HEADER, requestId);
        MDC.put("requestId", requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("requestId");
        }
    }
}
