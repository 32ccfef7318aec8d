package org.example.gov.cases.partner.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long partners' Idempotency-Keys are kept ({@code platform.cases.partner-idempotency.*}). A partner retries a
 * forward within minutes or hours; after {@code retention} the key is forgotten and the same key would make a new case.
 *
 * @param retention how long a key is kept after the forward that used it [default P7D]
 * @param interval  how often each replica purges expired keys
 * @param batchSize rows deleted per statement, so a purge never holds many row locks at once
 */
@ConfigurationProperties("platform.cases.partner-idempotency")
public record IdempotencyRetentionProperties(Duration retention, Duration interval, int batchSize) {

    public IdempotencyRetentionProperties {
        retention = retention == null ? Duration.ofDays(7) : retention;
        interval = interval == null ? Duration.ofHours(1) : interval;
        batchSize = batchSize <= 0 ? 1000 : batchSize;
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("platform.cases.partner-idempotency.retention must be positive: " + retention);
        }
    }
}
