package org.example.gov.platform.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * JWT validation settings ({@code platform.security.*}). Production points {@code jwt.jwk-set-uri} at the
 * identity provider; the local run and the tests use a PEM public key file.
 *
 * @param publicPaths requests allowed without a token, as {@code "METHOD /ant/pattern/**"} or {@code "/pattern"}
 */
@ConfigurationProperties("platform.security")
public record PlatformSecurityProperties(Jwt jwt, List<String> publicPaths) {

    public PlatformSecurityProperties {
        jwt = jwt == null ? new Jwt(null, null, null) : jwt;
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }

    public record Jwt(String issuer, String jwkSetUri, String publicKeyLocation) {
    }
}
