package org.example.gov.cases.bundle;

import java.time.Instant;
import java.util.List;

import org.example.gov.cases.casefile.Case;
import org.example.gov.cases.casefile.CaseChangeListener;
import org.example.gov.cases.casefile.CaseEvents;
import org.example.gov.cases.casefile.HistoryEntry;
import org.example.gov.platform.events.Outbox;
import org.springframework.stereotype.Component;

/**
 * Completes a bundle application when its last sub-case ends, inside that sub-case's transaction (so two sub-cases
 * ending at once cannot both miss it: the conditional UPDATE sees the committed state of the other), and publishes
 * gov.case.bundle-completed.v1.
 */
@Component
class BundleCompletion implements CaseChangeListener {

    static final String COMPLETED = "gov.case.bundle-completed.v1";

    private final BundleRepository bundles;
    private final Outbox outbox;

    BundleCompletion(BundleRepository bundles, Outbox outbox) {
        this.bundles = bundles;
        this.outbox = outbox;
    }

    @Override
    public void changed(Case c, List<HistoryEntry> entries) {
        String applicationId = c.origin().bundleId();
        if (applicationId != null && !c.status().isOpen() && bundles.completeIfAllEnded(applicationId, c.closedAt())) {
            BundleApplication done = bundles.find(applicationId).orElseThrow();
            outbox.publish(CaseEvents.TOPIC, COMPLETED, applicationId, new BundleCompleted(done.id(), done.bundleId(),
                    done.bundleCode(), done.bundleName(), done.region(), done.applicantId(), done.submittedAt(),
                    done.completedAt()));
        }
    }

    /** gov.case.bundle-completed.v1 (key = bundle application id). */
    record BundleCompleted(String applicationId, String bundleId, String bundleCode, String bundleName, String region,
            String applicantId, Instant submittedAt, Instant completedAt) {
    }
}
