package org.example.gov.cases.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Keeps the lockout table small: a guesser can fill it with made-up numbers, each is forgotten after its window. */
@Component
class ProgressQueryAttemptPurge {

    private final ProgressQueryAttemptRepository attempts;
    private final Clock clock;
    private final Duration window;

    ProgressQueryAttemptPurge(ProgressQueryAttemptRepository attempts, Clock clock,
            @Value("${platform.cases.progress-query.failure-window:P1D}") Duration window) {
        this.attempts = attempts;
        this.clock = clock;
        this.window = window;
    }

    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
    void purge() {
        Instant now = clock.instant();
        attempts.purge(now.minus(window), now);
    }
}
