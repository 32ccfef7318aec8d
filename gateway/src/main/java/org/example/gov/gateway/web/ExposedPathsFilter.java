package org.example.gov.gateway.web;

import java.util.ArrayList;
import java.util.List;

import org.example.gov.gateway.security.ManagementRequests;
import org.example.gov.gateway.security.SecurityConfiguration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import reactor.core.publisher.Mono;

/**
 * The main port exposes the APIs, the API docs, the probes and the fallbacks, nothing else: any other path
 * (e.g. /actuator/prometheus, /actuator/env) is a 404 problem before authentication, so it neither leaks nor
 * asks for a token. The management port is not affected.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ExposedPathsFilter implements WebFilter {

    private final List<PathPattern> exposed = new ArrayList<>();
    private final ManagementRequests management;

    public ExposedPathsFilter(ManagementRequests management, Environment environment) {
        this.management = management;
        PathPatternParser parser = PathPatternParser.defaultInstance;
        exposed.add(parser.parse("/api/**"));
        SecurityConfiguration.PUBLIC_PATHS.forEach(path -> exposed.add(parser.parse(path)));
        if (environment.acceptsProfiles(Profiles.of("local"))) {
            exposed.add(parser.parse(SecurityConfiguration.DEV_PATHS));
        }
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (management.isManagement(exchange)) {
            return chain.filter(exchange);
        }
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        for (PathPattern pattern : exposed) {
            if (pattern.matches(path)) {
                return chain.filter(exchange);
            }
        }
        return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
