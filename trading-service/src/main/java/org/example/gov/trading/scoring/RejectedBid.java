package org.example.gov.trading.scoring;

/**
 * A bid the evaluation does not rank, with why: {@code INVALIDATED} with the committee's reason, {@code CREDIT_BARRED}
 * naming the credit record that bars the bidder, or {@code ABNORMALLY_LOW_PRICE} (not explained, or the explanation
 * not accepted).
 */
public record RejectedBid(String bidId, String bidder, String code, String reason) {

    public static final String INVALIDATED = "INVALIDATED";
    public static final String CREDIT_BARRED = "CREDIT_BARRED";
    public static final String ABNORMALLY_LOW_PRICE = "ABNORMALLY_LOW_PRICE";
}
