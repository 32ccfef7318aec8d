package org.example.gov.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.example.gov.calendar.ShanghaiDate;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The service's clock in integration tests: system time until a test sets it, so the next-year warning can be
 * checked on chosen days. Tests that set it reset it afterwards.
 */
public final class MutableClock extends Clock {

    private volatile Instant fixed;

    /** A Beijing wall-clock time. */
    public void set(LocalDate day, LocalTime time) {
        fixed = ZonedDateTime.of(day, time, ShanghaiDate.ZONE).toInstant();
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

    /** Imported by every integration test of the service, so they all share one cached context. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }
}
