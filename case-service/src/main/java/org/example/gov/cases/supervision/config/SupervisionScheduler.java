package org.example.gov.cases.supervision.config;

import org.example.gov.cases.supervision.SupervisionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the warning scan every {@code platform.cases.supervision.scan-interval} (default 1 min), first shortly after
 * start-up so warnings that fell due while the service was down are raised at once.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SupervisionPolicy.class)
class SupervisionScheduler {

    private static final Logger log = LoggerFactory.getLogger(SupervisionScheduler.class);

    private final SupervisionService supervision;

    SupervisionScheduler(SupervisionService supervision) {
        this.supervision = supervision;
    }

    @Scheduled(initialDelayString = "${platform.cases.supervision.initial-delay:PT10S}",
            fixedDelayString = "${platform.cases.supervision.scan-interval:PT1M}")
    void scan() {
        int raised = supervision.scan();
        if (raised > 0) {
            log.info("Raised {} deadline warning(s)", raised);
        }
    }
}
