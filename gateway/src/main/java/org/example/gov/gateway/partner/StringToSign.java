package org.example.gov.gateway.partner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Collectors;

/**
 * What a partner signs, six lines joined by {@code \n} (no trailing newline), UTF-8:
 * <pre>
 * METHOD                 upper case: POST
 * path                   as sent, still percent-encoded: /api/partner/cases
 * canonical query        the query's name=value pairs as sent (no decoding), sorted, joined by &amp;; empty if none
 * timestamp              X-Partner-Timestamp: 1759800000
 * nonce                  X-Partner-Nonce
 * body hash              lowercase hex SHA-256 of the exact body bytes; of "" when there is none
 * </pre>
 * Sorting the pairs as sent (not decoded) lets a partner's HTTP library order parameters as it likes without either
 * side having to agree on an encoding; the signature still covers every byte of the query.
 */
public final class StringToSign {

    private StringToSign() {
    }

    public static byte[] of(String method, String rawPath, String rawQuery, long timestamp, String nonce, byte[] body) {
        String text = String.join("\n", method.toUpperCase(java.util.Locale.ROOT), rawPath, canonicalQuery(rawQuery),
                Long.toString(timestamp), nonce, sha256Hex(body));
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        return Arrays.stream(rawQuery.split("&")).filter(pair -> !pair.isEmpty()).sorted()
                .collect(Collectors.joining("&"));
    }

    static String sha256Hex(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
