package org.example.gov.platform.problem;

import java.time.Duration;

/**
 * 429: the caller must wait before trying again (a rate limit, or a lockout after too many wrong guesses of a
 * secret). The answer carries {@code Retry-After} in whole seconds.
 */
public class TooManyRequestsException extends PlatformException {

    private final Duration retryAfter;

    public TooManyRequestsException(String code, String defaultDetail, Duration retryAfter, Object... args) {
        super(429, code, defaultDetail, args);
        this.retryAfter = retryAfter;
        property("retryAfterSeconds", retryAfterSeconds());
    }

    /** Whole seconds, at least 1. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
