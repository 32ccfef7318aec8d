package org.example.gov.trading.opening;

import java.math.BigDecimal;
import java.util.List;

import org.example.gov.trading.client.BidDocument;

/** A bid that opened (DECRYPTED) at a lot's published opening: its bidder and prices. */
public record OpenedBid(String bidId, String bidder, BigDecimal total, List<BidDocument.Item> schedule) {
}
