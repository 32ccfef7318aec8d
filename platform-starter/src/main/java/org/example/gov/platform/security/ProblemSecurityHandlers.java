package org.example.gov.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.web.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 from the security filter chain as problem documents, like every other error. */
final class ProblemSecurityHandlers {

    private final Problems problems;
    private final JsonMapper json;
    private final LocaleResolver locales;
    private final ObjectProvider<AuditTrail> audit;

    ProblemSecurityHandlers(Problems problems, JsonMapper json, LocaleResolver locales, ObjectProvider<AuditTrail> audit) {
        this.problems = problems;
        this.json = json;
        this.locales = locales;
        this.audit = audit;
    }

    AuthenticationEntryPoint entryPoint() {
        return (request, response, ex) -> {
            audit.ifAvailable(trail -> trail.denied(401, request));
            write(response, problems.create(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
                    "A valid access token is required", null, locales.resolveLocale(request)));
        };
    }

    AccessDeniedHandler accessDenied() {
        return (request, response, ex) -> {
            audit.ifAvailable(trail -> trail.denied(403, request));
            write(response, problems.create(HttpStatus.FORBIDDEN, "FORBIDDEN",
                    "Your role does not allow this operation", null, locales.resolveLocale(request)));
        };
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (problem.getStatus() == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        json.writeValue(response.getOutputStream(), problem);
    }
}
