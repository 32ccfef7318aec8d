package org.example.gov.gateway.problem;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import io.netty.channel.ConnectTimeoutException;

import org.example.gov.gateway.audit.GatewayAudit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import reactor.core.publisher.Mono;

/**
 * Turns every error that reaches the gateway's web handler into a problem document: unknown paths (404),
 * unsupported methods, routing failures without a circuit breaker, and unexpected exceptions (500, logged with
 * the stack trace, which never reaches the client). Runs before Boot's HTML/JSON error handler (order -1).
 */
@Component
@Order(-2)
public class GatewayExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayExceptionHandler.class);

    private final Problems problems;
    private final GatewayAudit audit;

    public GatewayExceptionHandler(Problems problems, GatewayAudit audit) {
        this.problems = problems;
        this.audit = audit;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(ex);
        }
        HttpStatusCode status;
        String code;
        if (ex instanceof AuthenticationException) {
            status = HttpStatus.UNAUTHORIZED;
            code = "UNAUTHENTICATED";
        } else if (ex instanceof AccessDeniedException) {
            status = HttpStatus.FORBIDDEN;
            code = "FORBIDDEN";
        } else if (ex instanceof ResponseStatusException rse) {
            status = rse.getStatusCode();
            code = Problems.codeFor(status);
            rse.getHeaders().forEach((name, values) -> exchange.getResponse().getHeaders().put(name, values));
        } else if (isTimeout(ex)) {
            status = HttpStatus.GATEWAY_TIMEOUT;
            code = "GATEWAY_TIMEOUT";
        } else if (isConnectFailure(ex)) {
            status = HttpStatus.SERVICE_UNAVAILABLE;
            code = "SERVICE_UNAVAILABLE";
        } else {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
            code = "INTERNAL_ERROR";
        }
        if (status.is5xxServerError() && "INTERNAL_ERROR".equals(code)) {
            log.error("Unhandled error on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), ex);
        } else {
            log.debug("{} {} -> {} ({})", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                    status.value(), ex.toString());
        }
        // which service failed is not known here (no fallback ran): the detail names "the service" generically
        Mono<Void> problem = Mono.defer(() -> problems.write(exchange, status, code, null));
        // a refusal that escaped the security chain's handlers is the gateway's own answer too: audited like theirs
        return status.value() == 401 || status.value() == 403
                ? audit.refused(exchange, status.value(), code).then(problem) : problem;
    }

    static boolean isTimeout(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof io.netty.handler.timeout.TimeoutException
                    || (t instanceof ResponseStatusException rse && rse.getStatusCode().value() == 504)) {
                return true;
            }
        }
        return false;
    }

    static boolean isConnectFailure(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof ConnectTimeoutException
                    || t instanceof java.net.UnknownHostException
                    || t instanceof reactor.netty.http.client.PrematureCloseException
                    || t instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }
}
