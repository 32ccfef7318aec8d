package org.example.gov.trading.inspection.web;

import java.time.Instant;
import java.util.Set;

import org.example.gov.trading.inspection.Inspector;

/** A listed inspector as supervisors and staff read the list. */
public record InspectorResponse(String id, String account, String department, String region, String organisation,
        Set<String> ties, boolean active, Instant addedAt) {

    static InspectorResponse of(Inspector i) {
        return new InspectorResponse(i.id().toString(), i.account(), i.department(), i.region(), i.organisation(),
                i.ties(), i.active(), i.addedAt());
    }
}
