package org.example.gov.gateway.security;

import org.springframework.context.ApplicationContext;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Matches requests served by the separate management server (MANAGEMENT_PORT). Boot runs it as a child context
 * that also picks up this context's web filters, so the main port's rules (JWT, 404 for unexposed paths) must
 * recognise and skip them; the management port is only reachable inside the cluster.
 */
@Component
public class ManagementRequests implements ServerWebExchangeMatcher {

    private final ApplicationContext mainContext;

    public ManagementRequests(ApplicationContext mainContext) {
        this.mainContext = mainContext;
    }

    public boolean isManagement(ServerWebExchange exchange) {
        ApplicationContext context = exchange.getApplicationContext();
        return context != null && context != mainContext;
    }

    @Override
    public Mono<MatchResult> matches(ServerWebExchange exchange) {
        return isManagement(exchange) ? MatchResult.match() : MatchResult.notMatch();
    }
}
