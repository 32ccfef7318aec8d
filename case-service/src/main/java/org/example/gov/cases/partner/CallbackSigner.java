package org.example.gov.cases.partner;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a callback so the partner can tell it comes from us and was not replayed later:
 * {@code hex(HMAC-SHA256(secret, timestamp + "." + body))}, with the timestamp in epoch seconds sent alongside
 * (the partner rejects old timestamps). The same recipe as {@code openssl dgst -sha256 -hmac}.
 */
public final class CallbackSigner {

    public static final String TIMESTAMP_HEADER = "X-Partner-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Partner-Signature";

    private CallbackSigner() {
    }

    public static String sign(String secret, long epochSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((epochSeconds + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
