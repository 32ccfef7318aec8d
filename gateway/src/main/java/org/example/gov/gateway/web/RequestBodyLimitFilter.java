package org.example.gov.gateway.web;

import org.example.gov.gateway.problem.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Refuses a request whose declared body is larger than {@code platform.gateway.max-request-body} with 413
 * PAYLOAD_TOO_LARGE before it is routed, so an oversized upload never ties up a connection to a service. A chunked
 * body (no Content-Length) is streamed on and counted by the service, which caps it the same way
 * (platform-starter's RequestBodyLimitFilter).
 */
@Component
public class RequestBodyLimitFilter implements WebFilter, Ordered {

    private final long maxBytes;
    private final Problems problems;

    public RequestBodyLimitFilter(@Value("${platform.gateway.max-request-body:1MB}") DataSize maxRequestBody,
            Problems problems) {
        this.maxBytes = maxRequestBody.toBytes();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getHeaders().getContentLength() > maxBytes) {
            return problems.write(exchange, HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE", null, maxBytes);
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }
}
