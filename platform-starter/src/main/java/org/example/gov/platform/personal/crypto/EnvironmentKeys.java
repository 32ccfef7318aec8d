package org.example.gov.platform.personal.crypto;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Production keys, injected by the platform (Kubernetes secret, KMS agent) as environment variables:
 * <pre>
 * PERSONAL_DATA_KEYS=k1:&lt;base64 16 bytes&gt;,k2:&lt;base64 16 bytes&gt;
 * PERSONAL_DATA_CURRENT_KEY=k2
 * PERSONAL_DATA_INDEX_KEY=&lt;base64 32+ bytes&gt;
 * </pre>
 * Rotation: add the new key next to the old one and make it current (new writes use it, old rows stay readable), let
 * the re-encryption job move the rows ({@link PersonalDataCipher#needsRotation}), then drop the old key.
 */
public final class EnvironmentKeys implements PersonalDataKeys {

    public static final String KEYS = "PERSONAL_DATA_KEYS";
    public static final String CURRENT_KEY = "PERSONAL_DATA_CURRENT_KEY";
    public static final String INDEX_KEY = "PERSONAL_DATA_INDEX_KEY";

    private final KeyRing ring;

    /** From the three variables' values; fails with a message naming the variable (never the key) when one is wrong. */
    public EnvironmentKeys(String keys, String currentKeyId, String indexKey) {
        if (keys == null || keys.isBlank()) {
            throw new IllegalStateException(KEYS + " is not set: personal data cannot be encrypted");
        }
        Map<String, byte[]> parsed = new LinkedHashMap<>();
        for (String entry : keys.split(",")) {
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException(KEYS + " must read <keyId>:<base64>,<keyId>:<base64>...");
            }
            String id = entry.substring(0, colon).strip();
            parsed.put(id, KeyRing.decode(KEYS + " key " + id, entry.substring(colon + 1)));
        }
        if (currentKeyId == null || currentKeyId.isBlank()) {
            throw new IllegalStateException(CURRENT_KEY + " is not set");
        }
        this.ring = new KeyRing(parsed, currentKeyId.strip(), KeyRing.decode(INDEX_KEY, indexKey));
    }

    @Override
    public String currentKeyId() {
        return ring.currentKeyId();
    }

    @Override
    public byte[] key(String keyId) {
        return ring.key(keyId);
    }

    @Override
    public byte[] indexKey() {
        return ring.indexKey();
    }

    @Override
    public String toString() {
        return "EnvironmentKeys" + ring;
    }
}
