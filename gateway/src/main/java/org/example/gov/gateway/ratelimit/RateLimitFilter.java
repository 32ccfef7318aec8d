package org.example.gov.gateway.ratelimit;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.example.gov.gateway.problem.Problems;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import reactor.core.publisher.Mono;

/**
 * Applies the quotas. It sits in the security filter chain right after authentication (SecurityConfiguration), so
 * it knows who is calling: a valid token counts against its subject (role PARTNER: the partner quota; GUARANTOR: the guarantor quota), no token
 * against the client address; an invalid token was already refused (401) and costs no quota. Probes, the
 * development endpoints and the circuit breakers' fallbacks are never limited; the management port has its own
 * chain. Open311 (/open311/v2/**, public) counts per api_key (query parameter or form field, by its SHA-256:
 * {@link Open311ApiKey}), without one per client address, and is refused in GeoReport v2's error format
 * ({@link Open311Refusal}). Above the quota: 429 RATE_LIMITED problem with {@code Retry-After} (seconds).
 * Deliberately not a bean: every WebFilter bean would also run as a global filter.
 */
public class RateLimitFilter implements WebFilter {

    static final String PARTNER_AUTHORITY = "ROLE_PARTNER";
    static final String GUARANTOR_AUTHORITY = "ROLE_GUARANTOR";
    private static final List<PathPattern> UNLIMITED = List.of("/livez", "/readyz", "/actuator/**", "/dev/**",
            "/fallback/**").stream().map(PathPatternParser.defaultInstance::parse).toList();
    private static final PathPattern OPEN311 = PathPatternParser.defaultInstance.parse("/open311/v2/**");

    private final SharedRateLimiter limiter;
    private final ClientAddresses addresses;
    private final Problems problems;
    private final long maxBodyBytes;

    public RateLimitFilter(SharedRateLimiter limiter, ClientAddresses addresses, Problems problems, long maxBodyBytes) {
        this.limiter = limiter;
        this.addresses = addresses;
        this.problems = problems;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        for (PathPattern pattern : UNLIMITED) {
            if (pattern.matches(path)) {
                return chain.filter(exchange);
            }
        }
        if (OPEN311.matches(path)) {
            return Open311ApiKey.read(exchange, maxBodyBytes)
                    .flatMap(read -> limiter.check(read.keySha256() == null
                            ? new LimitKey(LimitKind.ADDRESS, addresses.of(exchange))
                            : new LimitKey(LimitKind.OPEN311, read.keySha256()))
                            .flatMap(decision -> decision.allowed() ? chain.filter(read.exchange())
                                    : Open311Refusal.write(read.exchange(), decision)))
                    .onErrorResume(DataBufferLimitException.class, tooLarge -> problems.write(exchange,
                            HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE", null, maxBodyBytes));
        }
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(authentication -> authentication.isAuthenticated()
                        && !(authentication instanceof AnonymousAuthenticationToken))
                .map(RateLimitFilter::keyOf)
                .switchIfEmpty(Mono.fromSupplier(() -> new LimitKey(LimitKind.ADDRESS, addresses.of(exchange))))
                .flatMap(limiter::check)
                .flatMap(decision -> decision.allowed() ? chain.filter(exchange) : refuse(exchange, decision));
    }

    static LimitKey keyOf(Authentication authentication) {
        Set<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        LimitKind kind = authorities.contains(PARTNER_AUTHORITY) ? LimitKind.PARTNER
                : authorities.contains(GUARANTOR_AUTHORITY) ? LimitKind.GUARANTOR : LimitKind.USER;
        return new LimitKey(kind, authentication.getName());
    }

    private Mono<Void> refuse(ServerWebExchange exchange, Decision decision) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED", null,
                Long.toString(decision.retryAfterSeconds()));
    }
}
