package org.example.gov.trading.ocds;

import java.math.BigDecimal;
import java.time.Instant;

/** A lot's award as the release shows it: the supplier (the awarded bidder), the awarded price, the notice's time. */
public record ReleasedAward(String lotId, String bidder, BigDecimal amount, Instant date) {
}
