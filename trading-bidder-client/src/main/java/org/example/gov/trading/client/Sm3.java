package org.example.gov.trading.client;

import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;

/** SM3 (GB/T 32905) hashes, as the receipts carry them: lowercase hex of the 32-byte digest. */
public final class Sm3 {

    private Sm3() {
    }

    public static byte[] digest(byte[] data) {
        var digest = new SM3Digest();
        digest.update(data, 0, data.length);
        var out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }

    public static String hex(byte[] data) {
        return HexFormat.of().formatHex(digest(data));
    }
}
