package org.example.gov.gateway.ratelimit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.example.gov.gateway.web.RequestBodies;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import org.example.gov.platform.digest.Sha256;

/**
 * The api_key of an Open311 call (GeoReport v2 sends it as a query parameter, or as a form field of the POST), as
 * the quota's key: only its SHA-256 leaves this class, so the key is neither stored by the limiter nor written to any
 * log. Reading a form body consumes it, so the exchange handed on carries the same bytes again.
 */
final class Open311ApiKey {

    /** What was found (null: no api_key) and the exchange to continue with. */
    record Read(String keySha256, ServerWebExchange exchange) {
    }

    private Open311ApiKey() {
    }

    /** A body above {@code maxBodyBytes} fails with DataBufferLimitException (413). */
    static Mono<Read> read(ServerWebExchange exchange, long maxBodyBytes) {
        ServerHttpRequest request = exchange.getRequest();
        String fromQuery = request.getQueryParams().getFirst("api_key");
        MediaType type = request.getHeaders().getContentType();
        if (fromQuery != null || request.getMethod() != HttpMethod.POST || type == null
                || !MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(type)) {
            return Mono.just(new Read(hash(fromQuery), exchange));
        }
        return RequestBodies.read(request, maxBodyBytes)
                .map(body -> new Read(hash(formField(body, "api_key")),
                        exchange.mutate().request(RequestBodies.replaying(exchange, body)).build()));
    }

    static String formField(byte[] body, String name) {
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            try {
                if (name.equals(URLDecoder.decode(key, StandardCharsets.UTF_8))) {
                    return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            } catch (IllegalArgumentException malformed) {
                // not a field the limiter can read; the service answers the malformed form
            }
        }
        return null;
    }

    private static String hash(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            return null;
        }
        return Sha256.hex(apiKey.strip());
    }
}
