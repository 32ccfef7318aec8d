package org.example.gov.gateway.partner;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 with a shared secret. The comparison is constant-time ({@link MessageDigest#isEqual}), so the answer
 * time tells an attacker nothing about how many leading bytes of a forged signature were right.
 */
public final class HmacSha256Verifier implements SignatureVerifier {

    private final SecretKeySpec key;

    public HmacSha256Verifier(byte[] secret) {
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public boolean verify(byte[] stringToSign, byte[] signature) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256"); // a Mac is not thread-safe: one per request
            mac.init(key);
            return MessageDigest.isEqual(mac.doFinal(stringToSign), signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
