package org.example.gov.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * An RSA key pair for the tests, written as PEM files (public "PUBLIC KEY", private PKCS#8 "PRIVATE KEY") the
 * way the launcher writes them, and a minter for tokens with the platform's claims.
 */
public final class TestKeys {

    public static final String ISSUER = "http://localhost:8080/dev";

    private static final TestKeys SHARED = new TestKeys();

    private final KeyPair keyPair;
    private final Path publicKeyFile;
    private final Path privateKeyFile;

    private TestKeys() {
        this.keyPair = generate();
        try {
            Path dir = Files.createTempDirectory("gateway-test-keys");
            dir.toFile().deleteOnExit();
            publicKeyFile = dir.resolve("jwt-public.pem");
            privateKeyFile = dir.resolve("jwt-private.pem");
            Files.writeString(publicKeyFile, pem("PUBLIC KEY", keyPair.getPublic().getEncoded()));
            Files.writeString(privateKeyFile, pem("PRIVATE KEY", keyPair.getPrivate().getEncoded()));
            publicKeyFile.toFile().deleteOnExit();
            privateKeyFile.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TestKeys shared() {
        return SHARED;
    }

    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String publicKeyLocation() {
        return publicKeyFile.toUri().toString();
    }

    public String privateKeyLocation() {
        return privateKeyFile.toUri().toString();
    }

    /** A valid 1 h token from the expected issuer. */
    public String mint(String subject, String... roles) {
        return mint(keyPair, ISSUER, subject, Instant.now().plus(Duration.ofHours(1)), roles);
    }

    public String mintWithIssuer(String issuer, String subject, String... roles) {
        return mint(keyPair, issuer, subject, Instant.now().plus(Duration.ofHours(1)), roles);
    }

    public String mintExpired(String subject, String... roles) {
        return mint(keyPair, ISSUER, subject, Instant.now().minus(Duration.ofHours(1)), roles);
    }

    public static String mint(KeyPair keys, String issuer, String subject, Instant expiresAt, String... roles) {
        Instant issuedAt = expiresAt.minus(Duration.ofHours(1));
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .issueTime(Date.from(issuedAt))
                .notBeforeTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .claim("name", subject)
                .claim("roles", List.of(roles))
                .claim("region", "440300")
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }
}
