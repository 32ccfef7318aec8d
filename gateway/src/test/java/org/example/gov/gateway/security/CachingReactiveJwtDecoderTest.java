package org.example.gov.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.example.gov.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

class CachingReactiveJwtDecoderTest {

    private static final TestTokens TOKENS = TestTokens.shared();

    private Instant now = Instant.now();
    private final AtomicInteger verifications = new AtomicInteger();

    private CachingReactiveJwtDecoder decoder() {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
        timestamps.setClock(new Clock() {
            @Override public Instant instant() { return now; }
            @Override public ZoneId getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(ZoneId zone) { return this; }
        });
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(timestamps,
                new JwtIssuerValidator(TestTokens.ISSUER));
        NimbusReactiveJwtDecoder nimbus = NimbusReactiveJwtDecoder.withPublicKey(TOKENS.keys().publicKey()).build();
        nimbus.setJwtValidator(validator);
        ReactiveJwtDecoder counting = token -> {
            verifications.incrementAndGet();
            return nimbus.decode(token);
        };
        return new CachingReactiveJwtDecoder(counting, validator, 100);
    }

    @Test
    void aTokenIsVerifiedOnceUntilItExpires() {
        CachingReactiveJwtDecoder decoder = decoder();
        String token = TOKENS.mint("applicant1", TestTokens.ISSUER, now.plusSeconds(30), "440300", null, "APPLICANT");

        Jwt first = decoder.decode(token).block();
        assertThat(decoder.decode(token).block()).isSameAs(first);
        assertThat(verifications).hasValue(1);

        now = now.plusSeconds(31);
        assertThatThrownBy(() -> decoder.decode(token).block()).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void aTokenWithABadSignatureIsNeverRemembered() {
        CachingReactiveJwtDecoder decoder = decoder();
        String token = TOKENS.mint("applicant1", "440300", null, "APPLICANT");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);

        assertThatThrownBy(() -> decoder.decode(forged).block()).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decoder.decode(forged).block()).isInstanceOf(JwtException.class);
        assertThat(verifications).hasValue(2);
    }
}
