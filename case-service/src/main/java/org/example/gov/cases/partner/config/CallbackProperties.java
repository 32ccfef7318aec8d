package org.example.gov.cases.partner.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How callbacks to partners are sent: how often the dispatcher looks for due callbacks, how many it sends per run,
 * the HTTP limits of one attempt, and the back-off after a failed one (doubling from {@code initialBackoff}, at most
 * {@code maxBackoff}).
 */
@ConfigurationProperties("platform.cases.partner-callbacks")
public record CallbackProperties(Duration interval, int batchSize, Duration connectTimeout, Duration requestTimeout,
        Duration initialBackoff, Duration maxBackoff) {

    public CallbackProperties {
        interval = interval == null ? Duration.ofSeconds(5) : interval;
        batchSize = batchSize <= 0 ? 20 : batchSize;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(5) : requestTimeout;
        initialBackoff = initialBackoff == null ? Duration.ofSeconds(10) : initialBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofHours(1) : maxBackoff;
    }
}
