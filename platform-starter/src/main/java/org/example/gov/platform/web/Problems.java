package org.example.gov.platform.web;

import java.net.URI;
import java.util.Locale;

import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds the platform's problem documents: {@code type = urn:gov:problem:<CODE>}, a stable {@code code},
 * a localized {@code detail} (Chinese unless the client asks for English) and the trace id, so a user's
 * screenshot of an error leads straight to the logs.
 */
public final class Problems {

    public static final String TYPE_PREFIX = "urn:gov:problem:";

    private final MessageSource messages;

    public Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail create(HttpStatusCode status, String code, String defaultDetail, Object[] args, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(title(status));
        problem.setDetail(messages.getMessage(code, args, defaultDetail, locale));
        problem.setProperty("code", code);
        traceId(problem);
        return problem;
    }

    /** Adds code and trace id to a problem Spring built itself (404, 405, 415...), keeping its detail. */
    public ProblemDetail enrich(ProblemDetail problem, String code, Locale locale) {
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setProperty("code", code);
        String localized = messages.getMessage(code, null, null, locale);
        if (localized != null) {
            problem.setDetail(localized);
        }
        traceId(problem);
        return problem;
    }

    public static String codeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 409 -> "CONFLICT";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 422 -> "BUSINESS_RULE_VIOLATED";
            case 429 -> "TOO_MANY_REQUESTS";
            case 503 -> "SERVICE_UNAVAILABLE";
            default -> status.is5xxServerError() ? "INTERNAL_ERROR" : "BAD_REQUEST";
        };
    }

    private static String title(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.getReasonPhrase() : "Error";
    }

    private static void traceId(ProblemDetail problem) {
        String traceId = MDC.get("traceId");
        if (traceId != null) {
            problem.setProperty("traceId", traceId);
        }
    }
}
