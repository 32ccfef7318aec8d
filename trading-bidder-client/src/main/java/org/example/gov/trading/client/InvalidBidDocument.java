package org.example.gov.trading.client;

/** A bid document that breaks a rule of gov-bid-document/1; {@link #rule()} names which. */
public final class InvalidBidDocument extends IllegalArgumentException {

    public enum Rule {
        /** not JSON, or not the gov-bid-document/1 format */
        MALFORMED,
        MISSING_FIELD,
        /** the lot id is not a UUID */
        LOT_ID,
        /** only CNY is accepted */
        CURRENCY,
        EMPTY_SCHEDULE,
        AMOUNT_NOT_POSITIVE,
        /** more than two decimals (fen) */
        AMOUNT_SCALE,
        /** the total is not the sum of the schedule */
        TOTAL_MISMATCH,
        EMPTY_DOCUMENT
    }

    private final Rule rule;

    public InvalidBidDocument(Rule rule, String message) {
        super(message);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
