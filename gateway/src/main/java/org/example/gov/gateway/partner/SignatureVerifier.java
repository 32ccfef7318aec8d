package org.example.gov.gateway.partner;

/** Checks one scheme's signature over the string to sign with one configured key. */
public sealed interface SignatureVerifier permits HmacSha256Verifier, Sm2Verifier {

    boolean verify(byte[] stringToSign, byte[] signature);
}
