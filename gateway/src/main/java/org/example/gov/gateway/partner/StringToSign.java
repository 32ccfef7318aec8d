package org.example.gov.gateway.partner;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.example.gov.platform.digest.Sha256;

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
                Long.toString(timestamp), nonce, Sha256.hex(body));
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        return Arrays.stream(rawQuery.split("&")).filter(pair -> !pair.isEmpty()).sorted()
                .collect(Collectors.joining("&"));
    }
}
