package org.example.gov.cases.query;

import java.time.Duration;
import java.time.Instant;

import org.example.gov.platform.problem.TooManyRequestsException;

/**
 * The rule that makes a 6-digit query code unguessable in practice (ENGINEERING.md §9, lockout on guessable secrets):
 * after {@code maxFailures} wrong codes for one case number within {@code window}, that case number answers 429 for
 * {@code lockDuration}, the right code included (else the lockout itself would confirm a guess). Counted per number
 * asked for, whether a case has it or not, so a lockout tells nothing about which numbers exist. With the defaults
 * (20 per day, 30 min) a guesser needs on average 25,000 days for one code.
 */
public record ProgressQueryLockout(int maxFailures, Duration window, Duration lockDuration) {

    public static final String CODE = "PROGRESS_QUERY_LOCKED";

    public ProgressQueryLockout {
        if (maxFailures < 1 || window.isNegative() || window.isZero() || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("max-failures >= 1, window and lock-duration > 0");
        }
    }

    /** @throws TooManyRequestsException while the case number is locked */
    public void checkNotLocked(String caseNumber, Instant lockedUntil, Instant now) {
        if (lockedUntil != null && now.isBefore(lockedUntil)) {
            throw new TooManyRequestsException(CODE, "Too many wrong query codes for " + caseNumber
                    + "; try again later", Duration.between(now, lockedUntil), caseNumber);
        }
    }

    /** Where a failure count restarts: failures older than the window no longer count. */
    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    public Instant lockedUntil(Instant now) {
        return now.plus(lockDuration);
    }
}
