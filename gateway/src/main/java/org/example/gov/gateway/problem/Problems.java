package org.example.gov.gateway.problem;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.handler.TracingObservationHandler;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the platform's RFC 9457 problem documents:
 * {@code {"type":"urn:gov:problem:<CODE>","title","status","detail","instance","code",["service"],"traceId"}}.
 * The detail is Chinese unless {@code Accept-Language} starts with {@code en}.
 */
@Component
public class Problems {

    public static final String TYPE_PREFIX = "urn:gov:problem:";

    /** Exchange attribute with the request path as the client sent it (set by RequestIdFilter). */
    public static final String ORIGINAL_PATH_ATTRIBUTE = Problems.class.getName() + ".originalPath";

    private final MessageSource messages;
    private final JsonMapper json;
    private final ObjectProvider<Tracer> tracer;

    public Problems(MessageSource messages, JsonMapper json, ObjectProvider<Tracer> tracer) {
        this.messages = messages;
        this.json = json;
        this.tracer = tracer;
    }

    /**
     * Builds the problem body. {@code args} fill the localized message; without args, {0} is the service name
     * (or a generic "the service" when the gateway does not know which one failed).
     */
    public Map<String, Object> body(ServerWebExchange exchange, HttpStatusCode status, String code, String service,
            Object... args) {
        Locale locale = locale(exchange);
        if (args == null || args.length == 0) {
            args = new Object[] {service != null ? service : messages.getMessage("service.generic", null, "", locale)};
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + code);
        body.put("title", title(status));
        body.put("status", status.value());
        body.put("detail", messages.getMessage(code, args, code, locale));
        body.put("instance", instance(exchange));
        body.put("code", code);
        if (service != null) {
            body.put("service", service);
        }
        String traceId = traceId(exchange);
        if (traceId != null) {
            body.put("traceId", traceId);
        }
        return body;
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String code, String service,
            Object... args) {
        return write(exchange, status, body(exchange, status, code, service, args));
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, Map<String, Object> body) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.remove(HttpHeaders.CONTENT_LENGTH);
        headers.setCacheControl("no-store");
        if (status.value() == 401 && !headers.containsHeader(HttpHeaders.WWW_AUTHENTICATE)) {
            headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        byte[] bytes = json.writeValueAsBytes(body);
        if (exchange.getRequest().getMethod() == HttpMethod.HEAD) {
            return response.setComplete();
        }
        DataBuffer buffer = response.bufferFactory().wrap(bytes);
        return response.writeWith(Mono.just(buffer));
    }

    public static Locale locale(ServerWebExchange exchange) {
        String accept = exchange.getRequest().getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE);
        return accept != null && accept.trim().toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** The stable problem code for a status the gateway did not classify itself. */
    public static String codeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 429 -> "TOO_MANY_REQUESTS";
            case 502, 503 -> "SERVICE_UNAVAILABLE";
            case 504 -> "GATEWAY_TIMEOUT";
            default -> status.is5xxServerError() ? "INTERNAL_ERROR" : "BAD_REQUEST";
        };
    }

    /** The path the client asked for, also after a circuit breaker forwarded the exchange to /fallback/... */
    public static String instance(ServerWebExchange exchange) {
        String original = exchange.getAttribute(ORIGINAL_PATH_ATTRIBUTE);
        return original != null ? original : exchange.getRequest().getPath().value();
    }

    private static String title(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.getReasonPhrase() : "Error";
    }

    /** The trace id of the server observation of this exchange (works on any thread), else the current span. */
    String traceId(ServerWebExchange exchange) {
        Optional<ServerRequestObservationContext> context =
                ServerRequestObservationContext.findCurrent(exchange.getAttributes());
        if (context.isPresent()) {
            TracingObservationHandler.TracingContext tracing =
                    context.get().get(TracingObservationHandler.TracingContext.class);
            if (tracing != null && tracing.getSpan() != null) {
                return nonBlank(tracing.getSpan().context().traceId());
            }
        }
        Tracer current = tracer.getIfAvailable();
        Span span = current != null ? current.currentSpan() : null;
        return span != null ? nonBlank(span.context().traceId()) : null;
    }

    private static String nonBlank(String value) {
        // a no-op tracer reports an empty or all-zero id
        return value == null || value.isBlank() || value.chars().allMatch(c -> c == '0') ? null : value;
    }

}
