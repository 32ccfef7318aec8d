package org.example.gov.hotline.open311.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.example.gov.hotline.open311.Open311Exception;
import org.example.gov.platform.problem.PlatformException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import tools.jackson.databind.json.JsonMapper;

/**
 * On Open311 paths every error is GeoReport v2's list of {code, description} (JSON array or
 * {@code <errors><error>}), in the format the path asks for, with the matching HTTP status — not Problem Details, which
 * Open311 clients do not read. Intake's own refusals (an invalid phone, a repeated matter) keep their status and
 * message; a list that waited too long for its turn to be built is a 503 with Retry-After; anything unexpected is a 500
 * without details.
 */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311ErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(Open311ErrorAdvice.class);

    private final JsonMapper json;

    Open311ErrorAdvice(JsonMapper json) {
        this.json = json;
    }

    @ExceptionHandler(Open311Exception.class)
    ResponseEntity<byte[]> open311(Open311Exception e, HttpServletRequest request) {
        return error(e.status(), e.getMessage(), request);
    }

    @ExceptionHandler(PlatformException.class)
    ResponseEntity<byte[]> platform(PlatformException e, HttpServletRequest request) {
        return error(e.status(), e.getMessage(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> unexpected(Exception e, HttpServletRequest request) {
        log.error("Open311 request failed: {} {}", request.getMethod(), request.getRequestURI(), e);
        return error(500, "Internal error", request);
    }

    private ResponseEntity<byte[]> error(int status, String description, HttpServletRequest request) {
        String format = request.getRequestURI().endsWith(".xml") ? "xml" : "json";
        Map<String, Object> error = Open311Documents.fields();
        error.put("code", status);
        error.put("description", description);
        ResponseEntity<byte[]> answer = Open311Documents.respond(status, format, "errors", List.of(error), json);
        if (status == 503) { // busy for now: the client may send the same request again shortly
            return ResponseEntity.status(503).headers(answer.getHeaders()).header(HttpHeaders.RETRY_AFTER, "1")
                    .body(answer.getBody());
        }
        return answer;
    }
}
