package org.example.gov.trading.guarantee;

/**
 * The life of an electronic bid guarantee (电子投标保函): ISSUED when the guarantor pushes it, VERIFIED once the bidder
 * presented it and it covers the lot's security, then RELEASED (the guarantor's liability ends) or CLAIMED (理赔).
 * RELEASED and CLAIMED are terminal.
 */
public enum GuaranteeStatus {
    ISSUED, VERIFIED, RELEASED, CLAIMED;

    public boolean terminal() {
        return this == RELEASED || this == CLAIMED;
    }
}
