package org.example.gov.gateway.partner;

import java.util.Base64;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;

/**
 * The signature headers of one partner request, checked for form only (whether they verify is decided later).
 *
 * @param keyId     {@code X-Partner-Key-Id}
 * @param timestamp {@code X-Partner-Timestamp}, epoch seconds
 * @param nonce     {@code X-Partner-Nonce}, 16-64 of {@code [A-Za-z0-9_-]}, never used before by this partner
 * @param signature {@code X-Partner-Signature}, base64-decoded
 */
public record SignatureHeaders(String keyId, long timestamp, String nonce, byte[] signature) {

    public static final String KEY_ID = "X-Partner-Key-Id";
    public static final String TIMESTAMP = "X-Partner-Timestamp";
    public static final String NONCE = "X-Partner-Nonce";
    public static final String SIGNATURE = "X-Partner-Signature";

    static final Pattern NONCE_FORMAT = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    private static final Pattern KEY_ID_FORMAT = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern TIMESTAMP_FORMAT = Pattern.compile("[0-9]{1,12}");

    public static SignatureHeaders from(HttpHeaders headers) {
        String keyId = single(headers, KEY_ID);
        String timestamp = single(headers, TIMESTAMP);
        String nonce = single(headers, NONCE);
        String signature = single(headers, SIGNATURE);
        if (!KEY_ID_FORMAT.matcher(keyId).matches()) {
            throw invalid(KEY_ID + " is not a key id");
        }
        if (!TIMESTAMP_FORMAT.matcher(timestamp).matches()) {
            throw invalid(TIMESTAMP + " is not epoch seconds");
        }
        if (!NONCE_FORMAT.matcher(nonce).matches()) {
            throw invalid(NONCE + " must be 16-64 characters of A-Z a-z 0-9 _ -");
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            throw invalid(SIGNATURE + " is not base64");
        }
        return new SignatureHeaders(keyId, Long.parseLong(timestamp), nonce, decoded);
    }

    private static String single(HttpHeaders headers, String name) {
        var values = headers.get(name);
        if (values == null || values.size() != 1 || values.getFirst().isBlank()) {
            throw invalid("exactly one " + name + " header is required");
        }
        return values.getFirst().trim();
    }

    private static PartnerSignatureException invalid(String reason) {
        return new PartnerSignatureException(SignatureFailure.SIGNATURE_INVALID, reason);
    }
}
