package org.example.gov.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

class TestTokensTest {

    @TempDir
    Path tmp;

    @Test
    void mintedTokenVerifiesWithThePublicKeyPemAndCarriesTheClaims() throws Exception {
        TestTokens tokens = TestTokens.shared();
        assertThat(TestTokens.shared()).isSameAs(tokens);
        String token = tokens.mint("u-1001", "330100", "dept-permits", "CLERK", "SUPERVISOR");

        // verify with the PEM file exactly as a service reads it
        String pem = Files.readString(tokens.publicKeyPem(), StandardCharsets.US_ASCII);
        assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----\n").contains("-----END PUBLIC KEY-----");
        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.verify(new RSASSAVerifier(JwtKeys.readPublicKey(pem)))).isTrue();

        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(TestTokens.ISSUER).isEqualTo("http://localhost:8080/dev");
        assertThat(claims.getSubject()).isEqualTo("u-1001");
        assertThat(claims.getStringClaim("name")).isEqualTo("u-1001");
        assertThat(claims.getStringListClaim("roles")).containsExactly("CLERK", "SUPERVISOR");
        assertThat(claims.getStringClaim("region")).isEqualTo("330100");
        assertThat(claims.getStringClaim("department")).isEqualTo("dept-permits");
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofHours(1));
        assertThat(claims.getIssueTime().toInstant()).isBetween(Instant.now().minusSeconds(10), Instant.now().plusSeconds(1));

        // and Spring Security's decoder, configured like the platform's, accepts it
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(tokens.keys().publicKey()).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(TestTokens.ISSUER));
        Jwt decoded = decoder.decode(token);
        assertThat(decoded.getClaimAsStringList("roles")).containsExactly("CLERK", "SUPERVISOR");
    }

    @Test
    void negativeTokensAreRejected() {
        TestTokens tokens = TestTokens.shared();
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(tokens.keys().publicKey()).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(TestTokens.ISSUER));

        String wrongIssuer = tokens.mint("u", "http://evil/dev", Instant.now().plusSeconds(600), "r", "d", "CLERK");
        assertThatThrownBy(() -> decoder.decode(wrongIssuer)).isInstanceOf(JwtException.class).hasMessageContaining("iss");

        String expired = tokens.mint("u", TestTokens.ISSUER, Instant.now().minusSeconds(300), "r", "d", "CLERK");
        assertThatThrownBy(() -> decoder.decode(expired)).isInstanceOf(JwtException.class).hasMessageContaining("xpired");

        String foreign = TestTokens.using(JwtKeys.generate()).mint("u", "r", "d", "CLERK");
        assertThatThrownBy(() -> decoder.decode(foreign)).isInstanceOf(JwtException.class);

        String custom = tokens.sign(Map.of("iss", TestTokens.ISSUER, "sub", "no-roles", "exp", Instant.now().plusSeconds(60)));
        assertThat(decoder.decode(custom).getClaims()).doesNotContainKey("roles").containsEntry("sub", "no-roles");
    }

    @Test
    void keysAreWrittenAsPemAndLoadedBackUnchanged() throws Exception {
        Path dir = tmp.resolve("keys");
        JwtKeys created = JwtKeys.loadOrCreate(dir);
        assertThat(created.publicKey().getModulus().bitLength()).isEqualTo(2048);
        assertThat(created.privateKeyPem()).isEqualTo(dir.toAbsolutePath().resolve("jwt-private.pem")).isRegularFile();
        assertThat(created.publicKeyPem()).isEqualTo(dir.toAbsolutePath().resolve("jwt-public.pem")).isRegularFile();
        assertThat(Files.readString(created.privateKeyPem())).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(Files.readString(created.publicKeyPem())).startsWith("-----BEGIN PUBLIC KEY-----\n");

        JwtKeys loaded = JwtKeys.loadOrCreate(dir);
        assertThat(loaded.publicKey()).isEqualTo(created.publicKey());
        assertThat(loaded.privateKey()).isEqualTo(created.privateKey());

        // a token from the re-loaded private key verifies with the originally written public key
        String token = TestTokens.using(loaded).mint("u", "r", "d", "ADMIN");
        assertThat(SignedJWT.parse(token).verify(new RSASSAVerifier(created.publicKey()))).isTrue();

        // public key missing -> derived again from the private key
        Files.delete(created.publicKeyPem());
        assertThat(JwtKeys.loadOrCreate(dir).publicKey()).isEqualTo(created.publicKey());

        JwtKeys fresh = JwtKeys.generate();
        assertThatThrownBy(fresh::publicKeyPem).isInstanceOf(IllegalStateException.class);
        assertThat(fresh.writeTo(tmp.resolve("other"))).isEqualTo(tmp.resolve("other"));
        assertThat(JwtKeys.loadOrCreate(tmp.resolve("other")).publicKey()).isEqualTo(fresh.publicKey());
    }
}
