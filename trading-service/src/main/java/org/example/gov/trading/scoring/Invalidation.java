package org.example.gov.trading.scoring;

import java.time.Instant;

/**
 * The committee's finding that a bid fails a qualification or compliance requirement (资格性/符合性审查, 否决投标): it takes
 * no further part, and the report lists it with the reason. {@code by} is the recording account, never shown to bidders.
 */
public record Invalidation(String bidId, String reason, String by, Instant at) {
}
