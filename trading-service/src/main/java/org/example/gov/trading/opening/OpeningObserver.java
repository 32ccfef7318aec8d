package org.example.gov.trading.opening;

import org.example.gov.trading.bid.ClientOrigin;
import org.example.gov.trading.bid.UnsealedBid;
import org.example.gov.trading.client.BidDocument;
import org.example.gov.trading.tender.LotId;

/**
 * Whoever follows the opening for integrity (the collusion warnings) without being able to change it: told where each
 * decryption came from and, once the record is published, that the lot may be analysed. Neither call can alter a bid's
 * result or the record: {@link #decrypted} runs in the decryption's transaction after its result is recorded and must
 * not fail it; {@link #recordPublished} runs after that transaction committed.
 */
public interface OpeningObserver {

    OpeningObserver NONE = new OpeningObserver() {
    };

    /**
     * A bidder's decryption got its result: {@code document} is the opened plaintext when DECRYPTED, null when REVOKED.
     * Before the record is published this is still secret (seal it).
     */
    default void decrypted(UnsealedBid bid, ClientOrigin origin, BidDocument document) {
    }

    /** The lot's opening record was published (after the commit). */
    default void recordPublished(LotId lot) {
    }
}
