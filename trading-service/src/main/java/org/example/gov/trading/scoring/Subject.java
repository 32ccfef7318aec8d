package org.example.gov.trading.scoring;

import java.math.BigDecimal;

/**
 * What a lot buys, which decides the least weight the price may have in comprehensive scoring: 87号令 第55条 — goods
 * ≥ 30%, services ≥ 10%. Works (工程, construction track) have no statutory floor here beyond a price that counts.
 */
public enum Subject {
    GOODS(new BigDecimal("30")),
    SERVICES(new BigDecimal("10")),
    WORKS(BigDecimal.ONE);

    private final BigDecimal minPriceWeight;

    Subject(BigDecimal minPriceWeight) {
        this.minPriceWeight = minPriceWeight;
    }

    /** The least price weight in percent of the total points. */
    public BigDecimal minPriceWeight() {
        return minPriceWeight;
    }
}
