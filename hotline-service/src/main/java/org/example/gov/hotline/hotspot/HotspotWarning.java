package org.example.gov.hotline.hotspot;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 未诉先办: one category in one region spiked on one day (see {@link SpikeTest}). Raised once per (category, region,
 * day) and never changed: the centre and supervisors act on it (a notice, a patrol, a proactive fix).
 */
public record HotspotWarning(String id, String categoryCode, String region, LocalDate day, int dayCount,
        int trailingDays, long trailingCount, double expected, double pValue, Instant detectedAt) {
}
