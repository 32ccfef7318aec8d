package org.example.gov.trading.client;

/**
 * Why a sealed bid did not open. {@link Reason#bidderFault()} says on whose side it lies: the opening records a
 * bidder's failure as 撤销 (revoked); a failure on the platform's side is for trading-centre staff to record as 撤回.
 */
public final class DecryptionFailure extends Exception {

    public enum Reason {
        /** the submitted key is not base64 */
        KEY_NOT_BASE64(true),
        /** the submitted (or unwrapped) key is not 16 bytes */
        KEY_LENGTH(true),
        /** the private key given to unwrap is not the one the bid was sealed to (client side) */
        WRONG_PRIVATE_KEY(true),
        /** the stored ciphertext is not the one receipted: it changed on the platform */
        CIPHERTEXT_HASH_MISMATCH(false),
        /**
         * SM4-GCM authentication failed: a wrong key, a ciphertext altered before the receipt, or a ciphertext sealed
         * for another lot (the lot is the AAD). GCM cannot tell these apart, and each is the bidder's.
         */
        TAG_MISMATCH(true),
        /** it decrypted, but the plaintext is not a gov-bid-document/1 */
        MALFORMED_PLAINTEXT(true),
        /** a gov-bid-document/1 that breaks a rule (e.g. the total is not the sum of the schedule) */
        INVALID_DOCUMENT(true),
        /** the document names another lot than the one it was sealed for */
        LOT_MISMATCH(true),
        /** the document names another bidder than the one who submitted it */
        BIDDER_MISMATCH(true);

        private final boolean bidderFault;

        Reason(boolean bidderFault) {
            this.bidderFault = bidderFault;
        }

        public boolean bidderFault() {
            return bidderFault;
        }
    }

    private final Reason reason;

    public DecryptionFailure(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
