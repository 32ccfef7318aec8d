package org.example.gov.gateway.partner;

/**
 * How a partner key signs. Configured as {@code HMAC-SHA256} or {@code SM2} (Spring binds either spelling).
 */
public enum SignatureScheme {
    /** a shared secret: signature = base64(HMAC-SHA256(UTF-8 bytes of the secret, string to sign)) */
    HMAC_SHA256,
    /** the partner's SM2 key pair (GB/T 32918): signature = base64(DER(SM3withSM2(string to sign))), we hold the public key */
    SM2
}
