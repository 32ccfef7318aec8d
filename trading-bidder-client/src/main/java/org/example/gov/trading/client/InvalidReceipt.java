package org.example.gov.trading.client;

/** A receipt that does not prove what it claims; {@link #reason()} says why. */
public final class InvalidReceipt extends IllegalArgumentException {

    public enum Reason {
        MALFORMED,
        /** signed with a key id the platform does not publish */
        UNKNOWN_KEY,
        /** the signature does not verify over the canonical string */
        BAD_SIGNATURE,
        /** the receipt's SM3 is not the hash of the envelope's ciphertext */
        CIPHERTEXT_MISMATCH,
        /** the receipt names another lot than the one the bid was sent to */
        LOT_MISMATCH
    }

    private final Reason reason;

    public InvalidReceipt(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
