package org.example.gov.trading.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.example.gov.calendar.ShanghaiDate;

/**
 * The clock of a tender played in the past: the seeder moves it to each step's moment (the deadline, the decryption, the
 * draw, the scores, the publicity, the award, the contract) and the services built on it by {@link PastSteps} see that
 * moment as now. Only forward, and never past {@code until} (today's now): a step never happens before the one the
 * seeder played last, nor in the future.
 */
final class SteppingClock extends Clock {

    private final Instant until;
    private volatile Instant now;

    SteppingClock(Instant start, Instant until) {
        this.until = until;
        this.now = start;
        at(start);
    }

    /** Moves to {@code time} Beijing time on {@code day}. */
    void at(LocalDate day, LocalTime time) {
        at(day.atTime(time).atZone(ShanghaiDate.ZONE).toInstant());
    }

    void at(Instant next) {
        if (next.isBefore(now) || next.isAfter(until)) {
            throw new IllegalArgumentException("a past step at " + next + " is not between the last one (" + now
                    + ") and now (" + until + ")");
        }
        now = next;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ShanghaiDate.ZONE;
    }

    /** The same moments seen in another zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        SteppingClock stepping = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return stepping.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return stepping.withZone(other);
            }
        };
    }
}
