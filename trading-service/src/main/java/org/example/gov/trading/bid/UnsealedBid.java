package org.example.gov.trading.bid;

import java.time.Instant;

import org.example.gov.trading.client.Receipt;
import org.example.gov.trading.client.SealedBid;
import org.example.gov.trading.tender.LotId;

/**
 * A bid after its lot's deadline: who submitted it, its receipt and its envelope. Still encrypted: only the key its
 * bidder submits at the opening opens it.
 */
public record UnsealedBid(String bidId, LotId lotId, String bidder, Receipt receipt, SealedBid envelope) {

    public Instant receivedAt() {
        return receipt.receivedAtInstant();
    }
}
