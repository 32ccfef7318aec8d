package org.example.gov.trading.award;

import java.time.Instant;

/**
 * The award (定标): the candidate chosen, why when it is not the first (the statutory ground where the first-candidate
 * rule binds, and the recorded reason), who decided and when the notice went out.
 */
public record AwardDecision(String bidId, String bidder, int rank, DeviationGround deviationGround,
        String deviationReason, String awardedBy, Instant awardedAt) {
}
