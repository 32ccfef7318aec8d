package org.example.gov.gateway.ratelimit;

import java.util.regex.Pattern;
import org.example.gov.platform.digest.Sha256;

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
        return kind.prefix() + "#" + Sha256.hex(id);
    }
}
