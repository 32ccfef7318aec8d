package org.example.gov.gateway.ratelimit;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * A 429 on an Open311 path in GeoReport v2's error format (Open311 clients read that list, not Problem Details), XML
 * for {@code .xml} resources and JSON otherwise, with {@code Retry-After} as everywhere.
 */
final class Open311Refusal {

    private Open311Refusal() {
    }

    static Mono<Void> write(ServerWebExchange exchange, Decision decision) {
        String description = "Too many requests; retry in " + decision.retryAfterSeconds() + " s";
        boolean xml = exchange.getRequest().getPath().value().endsWith(".xml");
        String body = xml
                ? "<?xml version=\"1.0\" encoding=\"utf-8\"?><errors><error><code>429</code><description>" + description
                        + "</description></error></errors>"
                : "[{\"code\":429,\"description\":\"" + description + "\"}]";
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
        response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        response.getHeaders().setContentType(xml ? MediaType.parseMediaType("text/xml;charset=UTF-8")
                : MediaType.parseMediaType("application/json;charset=UTF-8"));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
    }
}
