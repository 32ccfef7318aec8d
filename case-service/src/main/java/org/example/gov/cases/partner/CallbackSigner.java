package org.example.gov.cases.partner;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a callback so the partner can tell it comes from us and was not replayed:
 * {@code hex(HMAC-SHA256(secret, timestamp + "." + nonce + "." + body))}, with the timestamp (epoch seconds), a
 * fresh nonce and the id of the secret ({@code X-Partner-Key-Id}) sent alongside. The partner rejects old
 * timestamps and nonces it has seen; the key id tells it which secret to check with while a secret is being rotated.
 * The same recipe as {@code openssl dgst -sha256 -hmac}.
 */
public final class CallbackSigner {

    public static final String KEY_ID_HEADER = "X-Partner-Key-Id";
    public static final String TIMESTAMP_HEADER = "X-Partner-Timestamp";
    public static final String NONCE_HEADER = "X-Partner-Nonce";
    public static final String SIGNATURE_HEADER = "X-Partner-Signature";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CallbackSigner() {
    }

    public static String sign(String secret, long epochSeconds, String nonce, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(
                    mac.doFinal((epochSeconds + "." + nonce + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** A new nonce per attempt (a retry is a new request): 32 characters of [A-Za-z0-9_-], as partners send ours. */
    public static String newNonce() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
