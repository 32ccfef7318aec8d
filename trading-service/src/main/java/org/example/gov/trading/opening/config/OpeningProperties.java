package org.example.gov.trading.opening.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * platform.trading.opening.*: how often the deadline and window jobs look (every second by default: a lot's deadline is
 * processed within about a second of passing), and whether they run in this instance at all (tests drive them by
 * hand; every replica may run them, the row claims make each lot's step happen once).
 */
@ConfigurationProperties("platform.trading.opening")
public record OpeningProperties(Boolean schedulerEnabled, Duration tick) {
}
