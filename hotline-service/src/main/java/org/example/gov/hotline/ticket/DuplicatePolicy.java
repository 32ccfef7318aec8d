package org.example.gov.hotline.ticket;

import java.time.Duration;

/**
 * 重复件 rules (platform.hotline.duplicates.*): a caller who calls again about a matter closed less than
 * {@code closedWindow} ago, with nothing new, gets the previous answer instead of a new ticket.
 */
public record DuplicatePolicy(Duration closedWindow) {

    public static final DuplicatePolicy DEFAULT = new DuplicatePolicy(Duration.ofDays(30));

    public DuplicatePolicy {
        if (closedWindow == null || closedWindow.isNegative()) {
            throw new IllegalArgumentException("invalid duplicate policy");
        }
    }
}
