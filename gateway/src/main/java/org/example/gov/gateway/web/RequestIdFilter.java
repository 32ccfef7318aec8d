package org.example.gov.gateway.web;

import org.example.gov.gateway.problem.Problems;
import org.example.gov.platform.logging.RequestIds;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Keeps the client's {@code X-Request-Id} (if it looks like an id) or creates a UUID, forwards it to the
 * service and returns it on every response, errors included, so one user action can be followed through the
 * logs of every service next to the W3C trace id.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter implements WebFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".requestId";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String incoming = exchange.getRequest().getHeaders().getFirst(HEADER);
        // never an attacker-chosen string verbatim in logs, headers and the audit trail (RequestIds says which are kept)
        String requestId = RequestIds.acceptOrNew(incoming);
        ServerHttpRequest request = exchange.getRequest().mutate().headers(headers -> headers.set(HEADER, requestId)).build();
        exchange.getResponse().getHeaders().set(HEADER, requestId);
        // a service that echoes the id must not make it appear twice
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(HEADER, requestId);
            return Mono.empty();
        });
        ServerWebExchange mutated = exchange.mutate().request(request).build();
        mutated.getAttributes().put(ATTRIBUTE, requestId);
        mutated.getAttributes().putIfAbsent(Problems.ORIGINAL_PATH_ATTRIBUTE, exchange.getRequest().getPath().value());
        return chain.filter(mutated);
    }
}
