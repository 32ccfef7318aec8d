package org.example.gov.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * JWT validation ({@code platform.security.jwt.*}): production points {@code jwk-set-uri} at the identity
 * provider; the local run and the tests use a PEM public key file ({@code public-key-location}).
 */
@ConfigurationProperties("platform.security")
public record PlatformSecurityProperties(Jwt jwt) {

    public PlatformSecurityProperties {
        jwt = jwt == null ? new Jwt(null, null, null) : jwt;
    }

    /**
     * @param issuer            the required {@code iss} claim [JWT_ISSUER]
     * @param publicKeyLocation a Spring resource (file:..., classpath:...) with an X.509 "PUBLIC KEY" PEM [JWT_PUBLIC_KEY_LOCATION]
     * @param jwkSetUri         the identity provider's JWK set, takes precedence over the key file [JWT_JWK_SET_URI]
     */
    public record Jwt(String issuer, String publicKeyLocation, String jwkSetUri) {
    }
}
