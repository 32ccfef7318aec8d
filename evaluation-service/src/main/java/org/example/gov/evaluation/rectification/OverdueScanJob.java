package org.example.gov.evaluation.rectification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute (configurable): flags tickets past their exact due date. Safe on several replicas (row locks + flag).
 * Provisional due dates are recounted by {@link ProvisionalDueDatesListener}, not here.
 */
@Component
class OverdueScanJob {

    private static final Logger log = LoggerFactory.getLogger(OverdueScanJob.class);

    private final RectificationService rectification;

    OverdueScanJob(RectificationService rectification) {
        this.rectification = rectification;
    }

    @Scheduled(fixedDelayString = "${platform.evaluation.overdue-scan:PT1M}")
    void scan() {
        int marked = rectification.scanOverdue();
        if (marked > 0) {
            log.info("Marked {} rectification ticket(s) overdue", marked);
        }
    }
}
