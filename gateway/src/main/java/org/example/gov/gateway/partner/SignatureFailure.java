package org.example.gov.gateway.partner;

/** Why a partner request was refused (401), with its stable problem code. */
public enum SignatureFailure {
    /** headers missing or malformed, or the signature does not verify */
    SIGNATURE_INVALID("PARTNER_SIGNATURE_INVALID"),
    /** the timestamp lies outside the window */
    REQUEST_EXPIRED("PARTNER_REQUEST_EXPIRED"),
    /** the nonce was seen before (by any replica) */
    NONCE_REUSED("PARTNER_NONCE_REUSED"),
    /** no active key with that id for the token's partner (unknown, retired, or another partner's) */
    KEY_UNKNOWN("PARTNER_KEY_UNKNOWN");

    private final String code;

    SignatureFailure(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
