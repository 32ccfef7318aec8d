package org.example.gov.platform.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;

import org.example.gov.calendar.CalendarYearNotLoadedException;
import org.example.gov.calendar.InvalidScheduleException;
import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.problem.PlatformException;
import org.example.gov.platform.problem.TooManyRequestsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error a service returns is an RFC 9457 problem: validation (400 with field errors), unknown
 * resources (404), state conflicts (409), rule violations (422), unavailable neighbours (503) and
 * anything unexpected (500, logged with its stack trace, answered without it).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final Problems problems;
    private final ObjectProvider<AuditTrail> audit;

    public ProblemDetailsAdvice(Problems problems, ObjectProvider<AuditTrail> audit) {
        this.problems = problems;
        this.audit = audit;
    }

    /** Refusals are security events: into the audit trail (when the service keeps one). */
    private void audited(int status) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            audit.ifAvailable(trail -> trail.denied(status, attributes.getRequest()));
        }
    }

    @ExceptionHandler(PlatformException.class)
    ResponseEntity<ProblemDetail> platform(PlatformException ex) {
        if (ex.status() >= 500) {
            log.warn("{}: {}", ex.code(), ex.getMessage(), ex.getCause());
        }
        ProblemDetail problem = problems.create(HttpStatusCode.valueOf(ex.status()), ex.code(), ex.getMessage(), ex.args(), locale());
        ex.properties().forEach(problem::setProperty);
        if (ex.status() == 401 || ex.status() == 403) {
            audited(ex.status());
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(ex.status());
        if (ex instanceof TooManyRequestsException wait) {
            answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(wait.retryAfterSeconds()));
        }
        return answer.body(problem);
    }

    /** A date in a year without an official schedule, asked for exactly (working-calendar never guesses silently). */
    @ExceptionHandler(CalendarYearNotLoadedException.class)
    ResponseEntity<ProblemDetail> calendarYearNotLoaded(CalendarYearNotLoadedException ex) {
        // the year as text: MessageFormat would print an Integer as "2,027"
        ProblemDetail problem = problems.create(HttpStatus.UNPROCESSABLE_CONTENT, CalendarYearNotLoadedException.CODE,
                ex.getMessage(), new Object[] { String.valueOf(ex.year()) }, locale());
        problem.setProperty("year", ex.year());
        return ResponseEntity.unprocessableContent().body(problem);
    }

    @ExceptionHandler(InvalidScheduleException.class)
    ResponseEntity<ProblemDetail> invalidSchedule(InvalidScheduleException ex) {
        ProblemDetail problem = problems.create(HttpStatus.UNPROCESSABLE_CONTENT, InvalidScheduleException.CODE,
                ex.getMessage(), new Object[] { String.valueOf(ex.year()), String.valueOf(ex.violations().size()) }, locale());
        if (ex.year() != null) {
            problem.setProperty("year", ex.year());
        }
        problem.setProperty("violations", ex.violations());
        return ResponseEntity.unprocessableContent().body(problem);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> staleUpdate(OptimisticLockingFailureException ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problems.create(HttpStatus.CONFLICT, "CONCURRENT_MODIFICATION",
                "The resource was changed by someone else; reload it and try again", null, locale()));
    }

    /**
     * Still in a lock conflict after DeadlockRetry ran the transaction again (or work that is not retried): nothing was
     * stored, and the same request a moment later normally succeeds, so 503 with Retry-After rather than a 500.
     */
    @ExceptionHandler(PessimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> lockConflict(PessimisticLockingFailureException ex) {
        log.warn("LOCK_CONFLICT: {}", ex.getMostSpecificCause().getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(problems.create(HttpStatus.SERVICE_UNAVAILABLE, "LOCK_CONFLICT",
                        "Other requests held the same records; nothing was changed, try again", null, locale()));
    }

    // Method security throws inside the dispatcher, so these never reach the security filter's handlers.
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex) {
        audited(403);
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problems.create(HttpStatus.FORBIDDEN, "FORBIDDEN",
                "Your role does not allow this operation", null, locale()));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException ex) {
        audited(401);
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problems.create(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
                "A valid access token is required", null, locale()));
    }

    /** Parameter constraints checked by method validation (a class-level {@code @Validated} controller). */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex) {
        ProblemDetail problem = problems.create(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
                "The request has invalid parameters", null, locale());
        problem.setProperty("errors", ex.getConstraintViolations().stream()
                .map(violation -> Map.<String, Object>of(
                        "field", lastNode(violation.getPropertyPath().toString()),
                        "message", violation.getMessage()))
                .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        log.error("Unexpected error", ex);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problems.create(HttpStatus.INTERNAL_SERVER_ERROR,
                "INTERNAL_ERROR", "An unexpected error occurred; it has been logged", null, locale()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problems.create(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
                "The request has invalid fields", null, locale());
        List<Map<String, Object>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(ProblemDetailsAdvice::fieldError)
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problems.create(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
                "The request has invalid parameters", null, locale());
        problem.setProperty("errors", ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> Map.<String, Object>of(
                                "field", result.getMethodParameter().getParameterName(),
                                "message", String.valueOf(error.getDefaultMessage()))))
                .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problems.create(HttpStatus.PAYLOAD_TOO_LARGE,
                        "PAYLOAD_TOO_LARGE", "The request body exceeds {0} bytes", new Object[] {tooLarge.maxBytes()},
                        locale()));
            }
        }
        return ResponseEntity.badRequest().body(problems.create(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST",
                "The request body is missing or is not valid JSON of the expected shape", null, locale()));
    }

    /** A required query parameter left out: 400 naming it, like an invalid field (Spring's own said only "invalid"). */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalidParameter(ex.getParameterName(), "required");
    }

    /**
     * A parameter that is not of its type ({@code size=abc}, a status no list has): 400 naming it and the type
     * expected. The value sent is not repeated: it may be personal data typed into the wrong field.
     */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : ex.getPropertyName();
        Class<?> type = ex.getRequiredType();
        return invalidParameter(name == null ? "parameter" : name,
                type == null ? "is not of the expected type" : type.isEnum()
                        ? "must be one of " + Arrays.toString(type.getEnumConstants())
                        : "must be of type " + type.getSimpleName());
    }

    private ResponseEntity<Object> invalidParameter(String name, String message) {
        ProblemDetail problem = problems.create(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
                "The request has invalid parameters", null, locale());
        problem.setProperty("errors", List.of(Map.<String, Object>of("field", name, "message", message)));
        return ResponseEntity.badRequest().body(problem);
    }

    /** Everything else Spring MVC raises (404, 405, 415...) keeps its status and gets our members. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getProperties() != null && problem.getProperties().containsKey("code")) {
            return super.handleExceptionInternal(ex, body, headers, statusCode, request);
        }
        ProblemDetail problem = body instanceof ProblemDetail pd ? pd : ProblemDetail.forStatus(statusCode);
        return super.handleExceptionInternal(ex, problems.enrich(problem, Problems.codeFor(statusCode), locale()), headers,
                statusCode, request);
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static Map<String, Object> fieldError(FieldError error) {
        return Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage()));
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
