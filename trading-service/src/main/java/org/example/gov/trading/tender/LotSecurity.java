package org.example.gov.trading.tender;

import java.time.Instant;

/**
 * What the bid-security capability (guarantees, deposits) needs to know of a lot: the track whose refund rules apply,
 * the region for the staff's scope, the stage, the security every bid must offer ({@code deposit}), the bid validity
 * a guarantee must cover, counted from the bid deadline (UTC; null before the announcement).
 */
public record LotSecurity(LotId lotId, ProjectId projectId, Track track, String region, LotStatus status,
        Money deposit, int bidValidityDays, Instant bidDeadline) {
}
