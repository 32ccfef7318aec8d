package org.example.gov.platform.audit;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;

/** SM3 (GB/T 32905) over the previous entry's hash and the entry's canonical fields: the link of the chain. */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String of(String previousHash, long seq, AuditEntry entry) {
        byte[] input = (previousHash + "|" + seq + "|" + entry.canonical()).getBytes(StandardCharsets.UTF_8);
        SM3Digest sm3 = new SM3Digest();
        sm3.update(input, 0, input.length);
        byte[] out = new byte[sm3.getDigestSize()];
        sm3.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
