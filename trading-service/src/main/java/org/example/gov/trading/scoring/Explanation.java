package org.example.gov.trading.scoring;

import java.time.Instant;

/**
 * A bidder's written explanation of an abnormally low price (87号令 第60条 / 实施条例 第51条), recorded with the
 * committee's decision: accepted, the bid goes on; not accepted — like no explanation at all — it is rejected.
 */
public record Explanation(String bidId, String text, boolean accepted, String by, Instant at) {
}
