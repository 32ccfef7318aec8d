package org.example.gov.evaluation.support;

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
 * The service's clock in integration tests: system time until a test sets it (a Beijing date and time), so a rating
 * can be given on a chosen day, e.g. late in December when the count runs into a year not loaded yet.
 */
public final class MutableClock extends Clock {

    private volatile Instant fixed;

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

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }
}
