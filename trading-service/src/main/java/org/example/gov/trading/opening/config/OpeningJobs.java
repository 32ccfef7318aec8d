package org.example.gov.trading.opening.config;

import org.example.gov.trading.opening.OpeningService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The opening's two jobs on a fixed delay: lots past their deadline, then decryption windows that ended. Exactly-once
 * is the service's (row claims), not this timer's, so every replica runs it.
 */
@Component
@ConditionalOnProperty(name = "platform.trading.opening.scheduler-enabled", havingValue = "true", matchIfMissing = true)
class OpeningJobs {

    private final OpeningService openings;

    OpeningJobs(OpeningService openings) {
        this.openings = openings;
    }

    @Scheduled(fixedDelayString = "${platform.trading.opening.tick:PT1S}", initialDelayString = "PT5S")
    void tick() {
        openings.passDeadlines();
        openings.endWindows();
    }
}
