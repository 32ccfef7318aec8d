package org.example.gov.gateway.problem;

import java.util.regex.Pattern;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.swagger.v3.oas.annotations.Hidden;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Target of the circuit breakers' {@code fallbackUri: forward:/fallback/<service>}: a service that is down, slow
 * or whose breaker is open answers at once with a problem document instead of a hang or an HTML page.
 * A timeout is 504 GATEWAY_TIMEOUT (the service may still complete the request), anything else is
 * 503 SERVICE_UNAVAILABLE.
 */
@Hidden
@RestController
public class FallbackController {

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);
    private static final Pattern SERVICE_NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private final Problems problems;

    public FallbackController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("/fallback/{service}")
    public Mono<Void> fallback(@PathVariable String service, ServerWebExchange exchange) {
        String name = SERVICE_NAME.matcher(service).matches() ? service : null;
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        boolean timeout = cause != null && GatewayExceptionHandler.isTimeout(cause);
        if (cause instanceof CallNotPermittedException) {
            log.debug("Circuit breaker for {} is open", name);
        } else if (cause != null) {
            log.warn("{} failed for {} {}: {}", name, exchange.getRequest().getMethod(), Problems.instance(exchange),
                    cause.toString());
        }
        return timeout
                ? problems.write(exchange, HttpStatus.GATEWAY_TIMEOUT, "GATEWAY_TIMEOUT", name)
                : problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE", name);
    }
}
