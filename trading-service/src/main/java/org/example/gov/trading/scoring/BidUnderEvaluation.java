package org.example.gov.trading.scoring;

import java.math.BigDecimal;

/**
 * A bid opened at the lot's published opening, as the evaluation sees it: its bidder, its price (投标报价, the decrypted
 * total) and whether the committee found it a small or micro enterprise's (中小企业声明函) — which earns the price
 * deduction.
 */
public record BidUnderEvaluation(String bidId, String bidder, BigDecimal price, boolean sme) {
}
