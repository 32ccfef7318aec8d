package org.example.gov.trading.expert;

import java.util.Set;

import org.example.gov.trading.tender.LotId;

/**
 * The seam to the opening capability: the bidders of a lot whose bids were opened, as organisation ids (the BIDDER
 * token subjects), so a draw can exclude experts tied to them.
 *
 * <p><b>To be wired by the lead after merging the opening capability</b>: a bean of this type answering from the opening
 * record. Until one exists, {@code ExpertConfiguration} registers {@link Unwired}, which refuses every draw (422
 * LOT_BIDDERS_UNAVAILABLE) — a draw without the bidder list could seat a bidder's employee, so it must not happen.
 */
public interface LotBidders {

    /** The organisation ids of the bidders whose bids were opened in the lot (empty only if none were). */
    Set<String> bidders(LotId lotId);

    /** Refuses: no bidder list, no draw. */
    final class Unwired implements LotBidders {
        @Override
        public Set<String> bidders(LotId lotId) {
            throw new org.example.gov.platform.problem.BusinessRuleViolationException("LOT_BIDDERS_UNAVAILABLE", "lotId",
                    "The bidders of lot " + lotId + " are not available yet: a committee is drawn only against them",
                    lotId);
        }
    }
}
