package org.example.gov.trading.scoring;

import java.time.Instant;

/**
 * Why a bid fails qualification or compliance (资格性/符合性审查, 否决投标): it takes no further part, and the report lists
 * it with the reason. {@code code} says whose finding it is: {@link RejectedBid#INVALIDATED} the committee's (then
 * {@code by} is the recording account, never shown to bidders), {@link RejectedBid#CREDIT_BARRED} the platform's,
 * from a credit record barring the bidder on the bid deadline's date ({@code by} names the record).
 */
public record Invalidation(String bidId, String reason, String by, Instant at, String code) {

    public Invalidation {
        // evaluations stored before the credit check have no code: they are all the committee's
        code = code == null ? RejectedBid.INVALIDATED : code;
    }

    /** The committee's finding. */
    public Invalidation(String bidId, String reason, String by, Instant at) {
        this(bidId, reason, by, at, RejectedBid.INVALIDATED);
    }
}
