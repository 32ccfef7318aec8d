package org.example.gov.gateway.web;

import java.util.regex.Pattern;

import org.example.gov.gateway.problem.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
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
 * <p>
 * Sealed bids carry their (encrypted) bid document: {@code POST /api/trading/lots/{lotId}/bids} may send up to
 * {@code platform.gateway.max-bid-body} (trading-service takes the same), every other request the general limit.
 */
@Component
public class RequestBodyLimitFilter implements WebFilter, Ordered {

    static final Pattern BID_UPLOAD = Pattern.compile("/api/trading/lots/[^/]+/bids");

    private final long maxBytes;
    private final long maxBidBytes;
    private final Problems problems;

    public RequestBodyLimitFilter(@Value("${platform.gateway.max-request-body:1MB}") DataSize maxRequestBody,
            @Value("${platform.gateway.max-bid-body:16MB}") DataSize maxBidBody, Problems problems) {
        this.maxBytes = maxRequestBody.toBytes();
        this.maxBidBytes = maxBidBody.toBytes();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long limit = HttpMethod.POST.equals(exchange.getRequest().getMethod())
                && BID_UPLOAD.matcher(exchange.getRequest().getPath().value()).matches() ? maxBidBytes : maxBytes;
        if (exchange.getRequest().getHeaders().getContentLength() > limit) {
            return problems.write(exchange, HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE", null, limit);
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }
}
