package org.example.gov.trading.award.config;

import org.example.gov.trading.award.AwardService;
import org.example.gov.trading.award.ContractService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The award's supervision warnings on a fixed delay: candidates not published in time, contracts near or past their
 * last day. Exactly-once is the services' (a warning row's key, a contract's lock and version), not this timer's, so
 * every replica runs it; a day has several ticks so a warning is raised on its day.
 */
@Component
@ConditionalOnProperty(name = "platform.trading.award.scheduler-enabled", havingValue = "true", matchIfMissing = true)
class AwardJobs {

    private final AwardService awards;
    private final ContractService contracts;

    AwardJobs(AwardService awards, ContractService contracts) {
        this.awards = awards;
        this.contracts = contracts;
    }

    @Scheduled(fixedDelayString = "${platform.trading.award.warning-tick:PT10M}", initialDelayString = "PT30S")
    void tick() {
        awards.warnPublicityDue();
        contracts.warnDue();
    }
}
