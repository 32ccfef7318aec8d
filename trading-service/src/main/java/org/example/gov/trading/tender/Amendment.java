package org.example.gov.trading.tender;

import java.time.Instant;

/**
 * A clarification or change of the documents (澄清 / 修改). {@code material}: it may affect the preparation of bids, so
 * it must reach every downloader at least 15 days before the deadline, or the deadline moves.
 */
public record Amendment(int number, String summary, boolean material, Instant at, Instant previousDeadline,
        Instant bidDeadline) {

    public boolean movedDeadline() {
        return !previousDeadline.equals(bidDeadline);
    }
}
