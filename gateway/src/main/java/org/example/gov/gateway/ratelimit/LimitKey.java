package org.example.gov.gateway.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * One quota: a kind and whose it is. {@link #storeKey()} is the row key in the shared store: {@code u:clerk1},
 * {@code a:203.0.113.7}; ids that are long or unusual are stored as their SHA-256 so the column stays short.
 */
public record LimitKey(LimitKind kind, String id) {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:@-]{1,100}");

    public String storeKey() {
        if (PLAIN.matcher(id).matches()) {
            return kind.prefix() + ":" + id;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return kind.prefix() + "#" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
