package org.example.gov.gateway.partner;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How signed partner requests are checked ({@code platform.partner-signature.*}).
 *
 * @param window       how far a request's {@code X-Partner-Timestamp} may lie from the gateway's clock, either way
 *                     [PARTNER_SIGNATURE_WINDOW, default 5 minutes]
 * @param storeTimeout longest a request waits for the nonce store; then it is refused with 503 (fail closed)
 */
@ConfigurationProperties("platform.partner-signature")
public record PartnerSignatureProperties(Duration window, Duration storeTimeout) {

    public PartnerSignatureProperties {
        window = window == null ? Duration.ofMinutes(5) : window;
        storeTimeout = storeTimeout == null ? Duration.ofSeconds(1) : storeTimeout;
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("platform.partner-signature.window must be positive: " + window);
        }
    }
}
