package org.example.gov.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Business dates are civil dates in China Standard Time: a case accepted at 01:30 Beijing time on 2 December was
 * accepted on 2 December, although it is still 1 December in UTC. Instants stay UTC everywhere else.
 */
public final class ShanghaiDate {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ShanghaiDate() {
    }

    /** Today in Asia/Shanghai on the given clock (tests pass a fixed one). */
    public static LocalDate today(Clock clock) {
        return of(clock.instant());
    }

    public static LocalDate of(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
