package org.example.gov.platform.personal.crypto;

import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A validated set of personal-data keys. Every key provider builds one, so a short, missing or malformed key stops
 * the service at start-up instead of producing data nobody can read later.
 */
public final class KeyRing implements PersonalDataKeys {

    public static final int SM4_KEY_BYTES = 16;
    public static final int MIN_INDEX_KEY_BYTES = 32;
    /** Key ids end up inside every ciphertext ({@code v1:<keyId>:...}): short, no colon. */
    static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private final Map<String, byte[]> keys;
    private final String currentKeyId;
    private final byte[] indexKey;

    public KeyRing(Map<String, byte[]> keys, String currentKeyId, byte[] indexKey) {
        if (keys == null || keys.isEmpty()) {
            throw new IllegalStateException("No personal-data encryption key is configured");
        }
        Map<String, byte[]> copy = new LinkedHashMap<>();
        keys.forEach((id, key) -> {
            if (id == null || !KEY_ID.matcher(id).matches()) {
                throw new IllegalStateException("Personal-data key id must match " + KEY_ID + ": " + id);
            }
            if (key == null || key.length != SM4_KEY_BYTES) {
                throw new IllegalStateException("Personal-data key " + id + " must be " + SM4_KEY_BYTES + " bytes (SM4), not "
                        + (key == null ? 0 : key.length));
            }
            copy.put(id, key.clone());
        });
        if (currentKeyId == null || !copy.containsKey(currentKeyId)) {
            throw new IllegalStateException("The current personal-data key id " + currentKeyId + " is not among the keys "
                    + copy.keySet());
        }
        if (indexKey == null || indexKey.length < MIN_INDEX_KEY_BYTES) {
            throw new IllegalStateException("The blind-index key must have at least " + MIN_INDEX_KEY_BYTES + " bytes, not "
                    + (indexKey == null ? 0 : indexKey.length));
        }
        this.keys = copy;
        this.currentKeyId = currentKeyId;
        this.indexKey = indexKey.clone();
    }

    @Override
    public String currentKeyId() {
        return currentKeyId;
    }

    @Override
    public byte[] key(String keyId) {
        byte[] key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("No personal-data key with id " + keyId + " (known: " + keys.keySet() + ")");
        }
        return key.clone();
    }

    /** The configured key ids (for a reload that must not silently drop one still in use). */
    public Set<String> keyIds() {
        return Collections.unmodifiableSet(keys.keySet());
    }

    @Override
    public byte[] indexKey() {
        return indexKey.clone();
    }

    static byte[] decode(String what, String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException(what + " is missing");
        }
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(what + " is not valid base64");
        }
    }

    /** Never the key material. */
    @Override
    public String toString() {
        return "KeyRing[current=" + currentKeyId + ", ids=" + keys.keySet() + "]";
    }
}
