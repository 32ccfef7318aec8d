package org.example.gov.cases.bundle;

import java.time.Instant;
import java.util.UUID;

/**
 * One application for a bundle (一件事): it made one sub-case per item (and so per department), each with its own due
 * date; it is complete when every sub-case has ended (closed, not accepted or withdrawn).
 */
public record BundleApplication(String id, String bundleId, String bundleCode, String bundleName, String region,
        String applicantId, Status status, Instant submittedAt, Instant completedAt) {

    public enum Status { OPEN, COMPLETED }

    static BundleApplication open(String bundleId, String code, String name, String region, String applicantId, Instant at) {
        return new BundleApplication(UUID.randomUUID().toString(), bundleId, code, name, region, applicantId, Status.OPEN,
                at, null);
    }
}
