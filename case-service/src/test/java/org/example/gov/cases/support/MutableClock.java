package org.example.gov.cases.support;

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
 * The service's clock in integration tests: system time until a test sets it, so deadlines and warnings can be
 * driven through simulated days (and a simulated outage) without waiting.
 */
public final class MutableClock extends Clock {

    private volatile Instant fixed;

    public void set(LocalDate day, LocalTime time) {
        fixed = ZonedDateTime.of(day, time, ZoneId.of("Asia/Shanghai")).toInstant();
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

    /** Import into every case-service integration test, so they all share one cached context. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }
}
