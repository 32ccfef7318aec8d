package org.example.gov.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A service's clock in integration tests: system time until a test sets it (a Beijing date and time), so deadlines,
 * warnings and the next-year calendar warning can be driven through chosen days without waiting. Tests that set it
 * reset it afterwards.
 */
public final class MutableClock extends Clock {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private volatile Instant fixed;

    /** A Beijing wall-clock time. */
    public void set(LocalDate day, LocalTime time) {
        fixed = ZonedDateTime.of(day, time, BEIJING).toInstant();
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at != null ? at : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    /** Import into every integration test of a service ({@code @Import(MutableClock.Config.class)}): one cached context. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }
}
