package org.example.gov.platform.audit;

import jakarta.servlet.http.HttpServletRequest;

import org.example.gov.platform.security.Actor;
import org.example.gov.platform.web.ActorArgumentResolver;
import org.slf4j.MDC;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where a service records what must be auditable (ENGINEERING.md §9): access refused, staff actions, full reads of
 * personal data, configuration changes, partner calls. Recording is platform-core's {@link AuditRecorder} (one
 * insert, in the caller's transaction when there is one: a rolled-back step leaves no entry saying it happened); the
 * request's client address and request id are taken from the current servlet request.
 */
public class AuditTrail {

    private final AuditRecorder recorder;

    AuditTrail(AuditRecorder recorder) {
        this.recorder = recorder;
    }

    /**
     * @param action      what was done or attempted ("case.decide", "GET /api/cases/{id}")
     * @param subjectType the kind of object ("case", "ticket"), or null
     * @param subjectId   its id, or null
     * @param personIndex the blind index of the person whose data was involved, never the data; or null
     * @param detail      short text without personal data, or null
     */
    public void record(AuditKind kind, String outcome, Actor actor, String action, String subjectType, String subjectId,
            String personIndex, String detail) {
        HttpServletRequest request = currentRequest();
        recorder.record(kind, outcome, actor, request == null ? null : clientAddress(request), MDC.get("requestId"),
                action, subjectType, subjectId, personIndex, detail);
    }

    /** A staff member's step on an object, in the step's transaction. */
    public void staffAction(Actor actor, String action, String subjectType, String subjectId) {
        record(AuditKind.STAFF_ACTION, "DONE", actor, action, subjectType, subjectId, null, null);
    }

    /**
     * A refused request (401 or 403, from the security filters, a role rule or an object rule), with whoever the token
     * named. The path is recorded without its query string.
     */
    public void denied(int status, HttpServletRequest request) {
        Actor actor = ActorArgumentResolver.current();
        record(status == 401 ? AuditKind.UNAUTHENTICATED : AuditKind.ACCESS_DENIED, Integer.toString(status), actor,
                request.getMethod() + " " + request.getRequestURI(), null, null, null, null);
    }

    /** The caller of the service: the gateway puts the client first in X-Forwarded-For. */
    static String clientAddress(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].strip();
        }
        return request.getRemoteAddr();
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
