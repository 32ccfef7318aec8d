package org.example.gov.cases.partner;

import java.time.Duration;

/**
 * When to try a failed callback again: {@code initial} after the first failure, doubling after each further one,
 * never more than {@code max} (a partner that is down for a day gets one attempt an hour, not a flood).
 */
public record Backoff(Duration initial, Duration max) {

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("back-off needs 0 < initial <= max, got " + initial + " and " + max);
        }
    }

    /** The wait after the given failed attempt (1 = the first attempt failed). */
    public Duration after(int failedAttempts) {
        Duration wait = initial;
        for (int i = 1; i < failedAttempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
