package org.example.gov.evaluation.statistics;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every 30 seconds (configurable, {@code platform.evaluation.statistics.rollup-interval}): rolls up the past days that
 * changed. Until a changed day is rolled again, reports aggregate it live, so the interval bounds how long a day is
 * slow to report, never how stale it is.
 */
@Component
class StatisticsRollupJob {

    private final StatisticsRollup rollup;

    StatisticsRollupJob(StatisticsRollup rollup) {
        this.rollup = rollup;
    }

    @Scheduled(fixedDelayString = "${platform.evaluation.statistics.rollup-interval:PT30S}",
            initialDelayString = "${platform.evaluation.statistics.rollup-initial-delay:PT10S}")
    void roll() {
        rollup.rollDue();
    }
}
