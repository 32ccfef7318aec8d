package org.example.gov.gateway.audit;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.example.gov.gateway.problem.Problems;
import org.example.gov.gateway.ratelimit.ClientAddresses;
import org.example.gov.gateway.web.RequestIdFilter;
import org.example.gov.platform.audit.AuditKind;
import org.example.gov.platform.audit.AuditRecorder;
import org.example.gov.platform.logging.PersonalDataRedactor;
import org.example.gov.platform.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Records the 401 and 403 answers the gateway gives itself (no or a bad token, a role rule, a partner signature, a
 * replayed nonce, a stale timestamp) in its SM3-chained audit trail: kind, status, method and path (never the query
 * string), client address, request id, who the token named if it was valid, and the reason code. Never the token, a
 * signature or a body. The insert runs on a scheduler of its own with one thread and a bounded queue, after the answer
 * is on its way: a refusal never waits for the database, and a flood of bad tokens cannot take the connections the
 * rate limits and the nonce store need. Fail-open: when the insert fails or the queue is full the answer is the same,
 * and a warning says how many refusals went unrecorded (at most one a minute, not one per refused request).
 */
public class GatewayAudit {

    public static final String TOKEN_MISSING = "TOKEN_MISSING";
    public static final String TOKEN_INVALID = "TOKEN_INVALID";
    public static final String PARTNER_ROLE_REQUIRED = "PARTNER_ROLE_REQUIRED";
    public static final String GUARANTOR_ROLE_REQUIRED = "GUARANTOR_ROLE_REQUIRED";

    static final Duration WARN_EVERY = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(GatewayAudit.class);

    private final AuditRecorder recorder;
    private final ClientAddresses clientAddresses;
    private final Scheduler scheduler;
    private final AtomicLong unrecorded = new AtomicLong();
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_EVERY.toNanos());

    /** @param recorder null when the audit trail is switched off ({@code platform.audit.enabled=false}) */
    public GatewayAudit(AuditRecorder recorder, ClientAddresses clientAddresses, Scheduler scheduler) {
        this.recorder = recorder;
        this.clientAddresses = clientAddresses;
        this.scheduler = scheduler;
    }

    /** A refusal by whoever the security context names (nobody when there was no valid token); never fails. */
    public Mono<Void> refused(ServerWebExchange exchange, int status, String reason) {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .doOnNext(caller -> refused(exchange, status, reason, caller.orElse(null)))
                .onErrorResume(e -> Mono.empty())
                .then();
    }

    /** A refusal of {@code caller} (null: no valid token); hands the insert off and returns at once, never throws. */
    public void refused(ServerWebExchange exchange, int status, String reason, Authentication caller) {
        if (recorder == null) {
            return;
        }
        try {
            AuditKind kind = status == 401 ? AuditKind.UNAUTHENTICATED : AuditKind.ACCESS_DENIED;
            Actor actor = actorOf(caller);
            // the path as the client sent it, without the query; a path segment could still be an ID or phone number
            String action = exchange.getRequest().getMethod().name() + " "
                    + PersonalDataRedactor.redact(Problems.instance(exchange));
            String address = clientAddresses.of(exchange);
            // a client may choose its request id, and nothing stops it from choosing an ID number
            String requestId = PersonalDataRedactor.redact(exchange.<String>getAttribute(RequestIdFilter.ATTRIBUTE));
            Mono.fromRunnable(() -> recorder.record(kind, Integer.toString(status), actor, address, requestId, action,
                            null, null, null, reason))
                    .subscribeOn(scheduler)
                    .subscribe(null, this::unrecorded);
        } catch (RuntimeException e) {
            unrecorded(e);
        }
    }

    /** Who a valid token named; its claims only, never the token itself. */
    static Actor actorOf(Authentication caller) {
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            return null;
        }
        if (caller instanceof AbstractOAuth2TokenAuthenticationToken<?> token) {
            return Actor.fromClaims(token.getName(), token.getTokenAttributes());
        }
        return null;
    }

    private void unrecorded(Throwable e) {
        long missed = unrecorded.incrementAndGet();
        long last = lastWarning.get();
        long now = System.nanoTime();
        if (now - last >= WARN_EVERY.toNanos() && lastWarning.compareAndSet(last, now)) {
            unrecorded.addAndGet(-missed);
            log.warn("Audit trail: {} refusal(s) could not be recorded (the answers were sent regardless): {}", missed,
                    e.toString());
        }
    }
}
