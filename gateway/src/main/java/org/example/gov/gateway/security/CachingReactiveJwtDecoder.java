package org.example.gov.gateway.security;

import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;

/**
 * Checks each distinct token's signature once: a front end sends the same bearer token with every request until it
 * expires, and parsing plus RSA verification was a tenth of the gateway's CPU per request (JFR under
 * bench/evaluation.sh). A remembered token is validated again on every use (expiry, not-before, issuer), so it stops
 * working exactly when it would have without the cache. Only tokens whose signature verified are remembered; the map
 * is emptied when it reaches its bound. The services' blocking twin is platform-starter's CachingJwtDecoder.
 */
final class CachingReactiveJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder verifying;
    private final OAuth2TokenValidator<Jwt> validator;
    private final int maxTokens;
    private final ConcurrentHashMap<String, Jwt> verified = new ConcurrentHashMap<>();

    /**
     * @param verifying the decoder that checks the signature and runs {@code validator}
     * @param validator the same validator, run again whenever a remembered token is used
     */
    CachingReactiveJwtDecoder(ReactiveJwtDecoder verifying, OAuth2TokenValidator<Jwt> validator, int maxTokens) {
        this.verifying = verifying;
        this.validator = validator;
        this.maxTokens = maxTokens;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt jwt = verified.get(token);
        if (jwt == null) {
            return verifying.decode(token).doOnNext(decoded -> remember(token, decoded));
        }
        OAuth2TokenValidatorResult result = validator.validate(jwt);
        if (result.hasErrors()) {
            verified.remove(token);
            String description = result.getErrors().iterator().next().getDescription();
            return Mono.error(new JwtValidationException(
                    "An error occurred while attempting to decode the Jwt: " + description, result.getErrors()));
        }
        return Mono.just(jwt);
    }

    private void remember(String token, Jwt jwt) {
        if (verified.size() >= maxTokens) {
            verified.clear();
        }
        verified.put(token, jwt);
    }
}
