package org.example.gov.gateway.ratelimit;

/**
 * The limiter's answer for one request.
 *
 * @param allowed           serve it
 * @param retryAfterSeconds when refused, the {@code Retry-After} (at least 1)
 */
public record Decision(boolean allowed, long retryAfterSeconds) {

    public static final Decision ALLOWED = new Decision(true, 0);

    public static Decision refused(long retryAfterSeconds) {
        return new Decision(false, Math.max(1, retryAfterSeconds));
    }
}
