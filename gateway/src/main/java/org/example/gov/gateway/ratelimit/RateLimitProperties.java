package org.example.gov.gateway.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Request rate limits at the gateway ({@code platform.rate-limit.*}, see application.yml for the defaults and why).
 *
 * @param enabled            off only for tests that are not about limits [RATE_LIMIT_ENABLED]
 * @param user               per authenticated user (JWT subject)
 * @param partner            per partner city (role PARTNER), instead of {@code user}
 * @param guarantor          per guarantor (role GUARANTOR), instead of {@code user}; default: the partners' limit
 * @param address            per client address, for calls without a token
 * @param open311            per Open311 api_key (its SHA-256) on /open311/v2/** (calls without one count per address)
 * @param trustedProxies     how many reverse proxies in front of the gateway append to X-Forwarded-For (0: use the
 *                           socket's address and ignore the header, which a client could forge) [RATE_LIMIT_TRUSTED_PROXIES]
 * @param storeTimeout       longest a request waits for the shared store before it is served unchecked
 * @param storeRetryInterval after a store failure, how long requests are served unchecked before the store is tried again
 */
@ConfigurationProperties("platform.rate-limit")
public record RateLimitProperties(boolean enabled, Limit user, Limit partner, Limit guarantor, Limit address,
        Limit open311,
        int trustedProxies, Duration storeTimeout, Duration storeRetryInterval) {

    public RateLimitProperties {
        user = user == null ? new Limit(20, Duration.ofSeconds(1), 100) : user;
        partner = partner == null ? new Limit(50, Duration.ofSeconds(1), 250) : partner;
        guarantor = guarantor == null ? partner : guarantor;
        address = address == null ? new Limit(30, Duration.ofSeconds(1), 150) : address;
        open311 = open311 == null ? partner : open311;
        trustedProxies = Math.max(0, trustedProxies);
        storeTimeout = storeTimeout == null ? Duration.ofMillis(250) : storeTimeout;
        storeRetryInterval = storeRetryInterval == null ? Duration.ofSeconds(5) : storeRetryInterval;
    }

    public Limit limitFor(LimitKind kind) {
        return switch (kind) {
            case USER -> user;
            case PARTNER -> partner;
            case GUARANTOR -> guarantor;
            case ADDRESS -> address;
            case OPEN311 -> open311;
        };
    }

    /**
     * A token bucket: {@code requests} per {@code per} sustained, up to {@code burst} at once after a quiet period.
     */
    public record Limit(long requests, Duration per, long burst) {

        public Limit {
            if (requests < 1 || burst < 1 || per == null || per.isNegative() || per.isZero()) {
                throw new IllegalArgumentException("A rate limit needs requests >= 1, burst >= 1 and a positive period: "
                        + requests + " per " + per + ", burst " + burst);
            }
        }

        /** Time between two permits at the sustained rate (at least 1 µs). */
        public long intervalMicros() {
            return Math.max(1, per.toNanos() / 1000 / requests);
        }
    }
}
