package org.example.gov.trading.client;

/**
 * An upload that is not a well-formed sealed bid. The server answers every reason with 422 BID_NOT_ENCRYPTED and
 * names the reason; the detail never quotes the body (it may be a bid in clear).
 */
public final class EnvelopeRejected extends IllegalArgumentException {

    public enum Reason {
        EMPTY_BODY,
        /** a PDF, or a gov-bid-document (or anything carrying a price, bidder or document) in clear */
        PLAINTEXT_BODY,
        NOT_JSON,
        MISSING_FIELD,
        /** a member the envelope does not have: nothing may travel next to the ciphertext in clear */
        UNEXPECTED_FIELD,
        WRONG_FORMAT,
        WRONG_CIPHER,
        NOT_BASE64,
        IV_LENGTH,
        CIPHERTEXT_TOO_SHORT,
        /** the "ciphertext" is JSON or a PDF: a plaintext labelled as ciphertext */
        CIPHERTEXT_PLAINTEXT,
        /** not an SM2 C1C3C2 ciphertext: first byte not 0x04, too short, or C1 not a point of the curve */
        WRAPPED_KEY_SHAPE
    }

    private final Reason reason;

    public EnvelopeRejected(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
