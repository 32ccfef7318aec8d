package org.example.gov.platform.personal.crypto;

import java.util.LinkedHashMap;
import java.util.Map;

/** Fixed keys for tests (never used anywhere else). */
final class TestKeys {

    static final byte[] K1 = bytes(16, 1);
    static final byte[] K2 = bytes(16, 2);
    static final byte[] INDEX = bytes(32, 3);

    private TestKeys() {
    }

    static KeyRing ring(String current, byte[] index) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        keys.put("k1", K1);
        keys.put("k2", K2);
        return new KeyRing(keys, current, index);
    }

    static byte[] bytes(int length, int seed) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (seed * 31 + i);
        }
        return bytes;
    }
}
