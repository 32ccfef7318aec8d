package org.example.gov.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.example.gov.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

class CachingJwtDecoderTest {

    private static final TestTokens TOKENS = TestTokens.shared();

    private Instant now = Instant.now();
    private final AtomicInteger verifications = new AtomicInteger();

    private CachingJwtDecoder decoder(int maxTokens) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
        timestamps.setClock(new Clock() {
            @Override public Instant instant() { return now; }
            @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        });
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(timestamps,
                new JwtIssuerValidator(TestTokens.ISSUER));
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withPublicKey(TOKENS.keys().publicKey()).build();
        nimbus.setJwtValidator(validator);
        JwtDecoder counting = token -> {
            verifications.incrementAndGet();
            return nimbus.decode(token);
        };
        return new CachingJwtDecoder(counting, validator, maxTokens);
    }

    @Test
    void aTokenIsVerifiedOnceAndThenServedFromMemory() {
        CachingJwtDecoder decoder = decoder(100);
        String token = TOKENS.mint("applicant1", "440300", null, "APPLICANT");

        Jwt first = decoder.decode(token);
        Jwt second = decoder.decode(token);

        assertThat(second).isSameAs(first);
        assertThat(second.getSubject()).isEqualTo("applicant1");
        assertThat(verifications).hasValue(1);
    }

    @Test
    void aRememberedTokenStopsWorkingWhenItExpires() {
        CachingJwtDecoder decoder = decoder(100);
        String token = TOKENS.mint("applicant1", TestTokens.ISSUER, now.plusSeconds(30), "440300", null, "APPLICANT");
        decoder.decode(token);

        now = now.plusSeconds(31);

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class);
        assertThat(verifications).hasValue(2); // forgotten after the failure, verified again (and refused)
    }

    @Test
    void aTokenWithABadSignatureIsNeverRemembered() {
        CachingJwtDecoder decoder = decoder(100);
        String token = TOKENS.mint("applicant1", "440300", null, "APPLICANT");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);

        assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(org.springframework.security.oauth2.jwt.JwtException.class);
        assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(org.springframework.security.oauth2.jwt.JwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void theMemoryIsBounded() {
        CachingJwtDecoder decoder = decoder(2);
        String a = TOKENS.mint("a", "440300", null, "APPLICANT");
        String b = TOKENS.mint("b", "440300", null, "APPLICANT");
        String c = TOKENS.mint("c", "440300", null, "APPLICANT");
        decoder.decode(a);
        decoder.decode(b);
        decoder.decode(c); // full: forgets a and b

        decoder.decode(c);
        decoder.decode(a);

        assertThat(verifications).hasValue(4);
    }
}
