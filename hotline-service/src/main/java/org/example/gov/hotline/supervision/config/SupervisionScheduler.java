package org.example.gov.hotline.supervision.config;

import org.example.gov.hotline.supervision.SupervisionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the supervision scan every {@code platform.hotline.supervision.scan-interval} (default 1 min), first shortly
 * after start-up so reminders and overdue flags that fell due while the service was down are raised at once.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SupervisionScheduler {

    private static final Logger log = LoggerFactory.getLogger(SupervisionScheduler.class);

    private final SupervisionService supervision;

    SupervisionScheduler(SupervisionService supervision) {
        this.supervision = supervision;
    }

    @Scheduled(initialDelayString = "${platform.hotline.supervision.initial-delay:PT10S}",
            fixedDelayString = "${platform.hotline.supervision.scan-interval:PT1M}")
    void scan() {
        try {
            int changed = supervision.scan();
            if (changed > 0) {
                log.info("Supervision: {} ticket(s) reminded or flagged overdue", changed);
            }
        } catch (RuntimeException e) {
            log.warn("Supervision scan failed; retried at the next run: {}", e.toString());
        }
    }
}
