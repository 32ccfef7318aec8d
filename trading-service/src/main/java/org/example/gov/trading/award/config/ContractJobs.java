package org.example.gov.trading.award.config;

import org.example.gov.trading.award.ContractService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The contract deadline warnings on a fixed delay. Exactly-once is the service's (row lock and version), not this
 * timer's, so every replica runs it; a day has several ticks so a warning is raised on its day.
 */
@Component
@ConditionalOnProperty(name = "platform.trading.award.scheduler-enabled", havingValue = "true", matchIfMissing = true)
class ContractJobs {

    private final ContractService contracts;

    ContractJobs(ContractService contracts) {
        this.contracts = contracts;
    }

    @Scheduled(fixedDelayString = "${platform.trading.award.contract-warning-tick:PT10M}", initialDelayString = "PT30S")
    void tick() {
        contracts.warnDue();
    }
}
