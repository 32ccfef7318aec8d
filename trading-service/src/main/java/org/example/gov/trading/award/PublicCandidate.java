package org.example.gov.trading.award;

import java.math.BigDecimal;

/** A candidate as published (中标候选人): rank, bid, bidder, price and total from the committee's report. */
public record PublicCandidate(int rank, String bidId, String bidder, BigDecimal price, BigDecimal total) {
}
