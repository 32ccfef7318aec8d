package org.example.gov.trading.tender.web;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/**
 * The schedule of the announcement: notice published until {@code announcementUntil}, documents issued from
 * {@code documentsFrom} to {@code documentsUntil} (dates in Asia/Shanghai), bids due at {@code bidDeadline} (an
 * instant, e.g. 2026-03-10T01:30:00Z = 09:30 Beijing time).
 */
public record AnnouncementRequest(@NotNull LocalDate announcementUntil, @NotNull LocalDate documentsFrom,
        @NotNull LocalDate documentsUntil, @NotNull Instant bidDeadline) {
}
