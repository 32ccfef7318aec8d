package org.example.gov.trading.tender;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The schedule a tenderee announces: the notice's publication until {@code announcementUntil}, documents issued from
 * {@code documentsFrom} to {@code documentsUntil} (Asia/Shanghai dates), bids due at {@code bidDeadline}.
 */
public record AnnouncementSpec(LocalDate announcementUntil, LocalDate documentsFrom, LocalDate documentsUntil,
        Instant bidDeadline) {
}
