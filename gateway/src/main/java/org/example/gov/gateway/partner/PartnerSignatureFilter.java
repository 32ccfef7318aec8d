package org.example.gov.gateway.partner;

import java.util.Optional;

import org.example.gov.gateway.audit.GatewayAudit;
import org.example.gov.gateway.problem.Problems;
import org.example.gov.gateway.web.RequestBodies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Every request on a signed route ({@link SignedRoute}: {@code /api/partner/**}, {@code /api/guarantor/**}) must be
 * signed by the machine client its token names, with a key of that route's own ring (issue 12; guarantors issue 14).
 * For partners: every request on {@code /api/partner/**} must be signed by the partner its token names: it sits in the
 * security chain after authorization, so the caller is authenticated. A token without role PARTNER gets 403 here
 * (the signature only means something for partner keys, and the body should not travel to case-service to be refused
 * there). The body is read once (at most {@code platform.gateway.max-request-body}, also when chunked), hashed for
 * the string to sign, and handed on byte for byte. Any failure answers a 401 problem with a stable code
 * ({@link SignatureFailure}), an unavailable nonce store 503; either way nothing is forwarded. Every 401 and 403 is
 * recorded in the gateway's audit trail with its reason code ({@link GatewayAudit}).
 * Deliberately not a bean: every WebFilter bean would also run as a global filter.
 */
public class PartnerSignatureFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(PartnerSignatureFilter.class);

    private final SignedRoute route;
    private final PartnerRequestVerifier verifier;
    private final Problems problems;
    private final GatewayAudit audit;
    private final long maxBodyBytes;

    public PartnerSignatureFilter(PartnerRequestVerifier verifier, Problems problems, GatewayAudit audit,
            long maxBodyBytes) {
        this(SignedRoute.PARTNER, verifier, problems, audit, maxBodyBytes);
    }

    /** The filter of one signed route, whose verifier holds that route's own key ring. */
    public PartnerSignatureFilter(SignedRoute route, PartnerRequestVerifier verifier, Problems problems,
            GatewayAudit audit, long maxBodyBytes) {
        this.route = route;
        this.verifier = verifier;
        this.problems = problems;
        this.audit = audit;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!route.paths().matches(exchange.getRequest().getPath().pathWithinApplication())) {
            return chain.filter(exchange);
        }
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(authentication -> authentication.isAuthenticated()
                        && !(authentication instanceof AnonymousAuthenticationToken))
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(caller -> {
                    if (caller.isEmpty()) { // authorization lets no anonymous call to /api/** through; be sure
                        audit.refused(exchange, 401, GatewayAudit.TOKEN_MISSING, null);
                        return problems.write(exchange, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", null);
                    }
                    if (!holds(caller.get(), route.authority())) {
                        audit.refused(exchange, 403, route.roleRefusal(), caller.get());
                        return problems.write(exchange, HttpStatus.FORBIDDEN, "FORBIDDEN", null);
                    }
                    return verified(exchange, chain, caller.get());
                });
    }

    private Mono<Void> verified(ServerWebExchange exchange, WebFilterChain chain, Authentication caller) {
        String partnerId = caller.getName();
        ServerHttpRequest request = exchange.getRequest();
        SignatureHeaders headers;
        PartnerKey key;
        try {
            headers = SignatureHeaders.from(request.getHeaders());
            key = verifier.keyAndTime(partnerId, headers);
        } catch (PartnerSignatureException e) {
            return refuse(exchange, caller, request.getHeaders().getFirst(SignatureHeaders.KEY_ID), e);
        }
        return RequestBodies.read(request, maxBodyBytes).flatMap(body -> {
            byte[] stringToSign = StringToSign.of(request.getMethod().name(), request.getURI().getRawPath(),
                    request.getURI().getRawQuery(), headers.timestamp(), headers.nonce(), body);
            try {
                verifier.verifySignature(key, stringToSign, headers.signature());
            } catch (PartnerSignatureException e) {
                return refuse(exchange, caller, key.keyId(), e);
            }
            return verifier.rememberNonce(partnerId, headers).flatMap(check -> switch (check) {
                case FRESH -> chain.filter(exchange.mutate().request(RequestBodies.replaying(exchange, body)).build());
                case REUSED -> refuse(exchange, caller, key.keyId(), new PartnerSignatureException(
                        SignatureFailure.NONCE_REUSED, "nonce " + headers.nonce() + " was used before"));
                case UNAVAILABLE -> {
                    exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
                    yield problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "PARTNER_SIGNATURE_UNAVAILABLE",
                            null);
                }
            });
        }).onErrorResume(DataBufferLimitException.class, tooLarge -> problems.write(exchange,
                HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE", null, maxBodyBytes));
    }

    private Mono<Void> refuse(ServerWebExchange exchange, Authentication caller, String keyId,
            PartnerSignatureException e) {
        SignatureFailure failure = e.failure();
        // never the signature or the body: who, which key, why
        log.info("{} request refused: {} {} caller={} key={} {}: {}", route.name(), exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(), caller.getName(), keyId, failure.code(), e.getMessage());
        audit.refused(exchange, 401, failure.code(), caller);
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                "PartnerSignature realm=\"" + route.realm() + "\"");
        return failure == SignatureFailure.REQUEST_EXPIRED
                ? problems.write(exchange, HttpStatus.UNAUTHORIZED, failure.code(), null, verifier.window().toSeconds())
                : problems.write(exchange, HttpStatus.UNAUTHORIZED, failure.code(), null);
    }

    private static boolean holds(Authentication authentication, String authority) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority::equals);
    }
}
