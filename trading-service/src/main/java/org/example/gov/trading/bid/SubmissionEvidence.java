package org.example.gov.trading.bid;

import org.example.gov.trading.tender.LotId;

/**
 * Whoever keeps collusion evidence (the integrity capability) learns here, in the submission's transaction, where an
 * accepted bid came from. Before the deadline this is as secret as the bid: an implementation seals what it keeps,
 * logs nothing, publishes nothing and counts nothing per lot.
 */
@FunctionalInterface
public interface SubmissionEvidence {

    SubmissionEvidence NONE = (bidId, lot, bidder, origin) -> {
    };

    void submitted(String bidId, LotId lot, String bidder, ClientOrigin origin);

    /** The bid was withdrawn before the deadline (in that transaction): its evidence has no purpose any more. */
    default void withdrawn(String bidId) {
    }
}
