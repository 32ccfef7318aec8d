package org.example.gov.trading.client;

import java.util.Arrays;

/**
 * The envelope a bidder uploads (format gov-sealed-bid/1, cipher SM4/GCM/NoPadding): the IV, the ciphertext with its
 * 128-bit tag, and the SM4 key wrapped to the bidder's SM2 key. It names neither the bidder, nor the lot, nor a price.
 */
public record SealedBid(byte[] iv, byte[] ciphertext, byte[] wrappedKey) {

    public static final String FORMAT = "gov-sealed-bid/1";
    public static final String CIPHER = "SM4/GCM/NoPadding";
    public static final int IV_BYTES = 12;
    public static final int TAG_BYTES = 16;
    public static final int KEY_BYTES = 16;
    /** C1 (uncompressed point, 65) + C3 (SM3, 32) + C2 (the 16-byte key) */
    public static final int MIN_WRAPPED_KEY_BYTES = 65 + 32 + KEY_BYTES;

    public SealedBid {
        iv = iv.clone();
        ciphertext = ciphertext.clone();
        wrappedKey = wrappedKey.clone();
    }

    @Override
    public byte[] iv() {
        return iv.clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    @Override
    public byte[] wrappedKey() {
        return wrappedKey.clone();
    }

    /** What the receipt carries: SM3 of the raw ciphertext bytes, lowercase hex. */
    public String ciphertextSm3() {
        return Sm3.hex(ciphertext);
    }

    public byte[] toJson() {
        var root = Json.newObject();
        root.put("format", FORMAT);
        root.put("cipher", CIPHER);
        root.put("iv", Json.base64(iv));
        root.put("ciphertext", Json.base64(ciphertext));
        root.put("wrappedKey", Json.base64(wrappedKey));
        return Json.bytes(root);
    }

    /** Parses an envelope with every check of {@link EnvelopeCheck#validate(byte[])}. */
    public static SealedBid fromJson(byte[] json) {
        return EnvelopeCheck.validate(json);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealedBid that && Arrays.equals(iv, that.iv) && Arrays.equals(ciphertext, that.ciphertext)
                && Arrays.equals(wrappedKey, that.wrappedKey);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(iv) + Arrays.hashCode(ciphertext)) + Arrays.hashCode(wrappedKey);
    }

    @Override
    public String toString() {
        return "SealedBid[sm3=" + ciphertextSm3() + "]";
    }
}
