package org.example.gov.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Mints RS256 JWTs the way the platform's dev token endpoint does: header {@code {"alg":"RS256","typ":"JWT"}},
 * claims {@code iss, sub, name, roles (JSON array), region, department, iat, exp (+1 h), jti}. Uses
 * nimbus-jose-jwt only (no Spring).
 */
public final class TestTokens {

    /** The issuer the services expect by default ({@code platform.security.jwt.issuer}). */
    public static final String ISSUER = "http://localhost:8080/dev";
    public static final Duration LIFETIME = Duration.ofHours(1);

    private static volatile TestTokens shared;

    private final JwtKeys keys;
    private final RSASSASigner signer;

    private TestTokens(JwtKeys keys) {
        this.keys = Objects.requireNonNull(keys);
        this.signer = new RSASSASigner(keys.privateKey());
    }

    /**
     * One key pair per JVM, generated on first use; both PEM files are written to a temp dir that is deleted when
     * the JVM exits.
     */
    public static TestTokens shared() {
        TestTokens current = shared;
        if (current == null) {
            synchronized (TestTokens.class) {
                current = shared;
                if (current == null) {
                    try {
                        Path dir = Files.createTempDirectory("test-jwt-keys-");
                        JwtKeys keys = JwtKeys.generate();
                        keys.writeTo(dir);
                        Runtime.getRuntime().addShutdownHook(new Thread(() -> Infra.deleteQuietly(dir), "test-jwt-keys-cleanup"));
                        current = new TestTokens(keys);
                        shared = current;
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot create a temp dir for the test JWT keys", e);
                    }
                }
            }
        }
        return current;
    }

    /** Tokens signed with the given keys (e.g. the launcher's {@code JwtKeys.loadOrCreate(dir)}). */
    public static TestTokens using(JwtKeys keys) {
        return new TestTokens(keys);
    }

    public JwtKeys keys() {
        return keys;
    }

    /** The PEM file of the verifying public key, for {@code platform.security.jwt.public-key-location=file:...}. */
    public Path publicKeyPem() {
        return keys.publicKeyPem();
    }

    /** A valid token (issuer {@link #ISSUER}, expires in 1 h); the subject doubles as display name. */
    public String mint(String subject, String region, String department, String... roles) {
        return mint(subject, ISSUER, Instant.now().plus(LIFETIME), region, department, roles);
    }

    /**
     * A token with a chosen issuer and expiry, for negative tests. Note that Spring's validator allows 60 s of
     * clock skew, so an "expired" token should expire well before that (e.g. {@code Instant.now().minusSeconds(300)}).
     */
    public String mint(String subject, String issuer, Instant expiresAt, String region, String department, String... roles) {
        Instant now = Instant.now();
        Instant issuedAt = expiresAt.isAfter(now) ? now : expiresAt.minus(LIFETIME);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .claim("name", subject)
                .claim("roles", List.of(roles == null ? new String[0] : roles))
                .claim("region", region)
                .claim("department", department)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString());
        return sign(claims.build());
    }

    /**
     * Signs arbitrary claims as given (no defaults added), for tokens the two {@code mint} methods cannot express,
     * e.g. a missing {@code roles} claim. {@code Instant} values for iat/exp/nbf are converted to seconds.
     */
    public String sign(Map<String, Object> claims) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
        claims.forEach((name, value) -> builder.claim(name, value instanceof Instant instant ? Date.from(instant) : value));
        return sign(builder.build());
    }

    private String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign the JWT", e);
        }
        return jwt.serialize();
    }
}
