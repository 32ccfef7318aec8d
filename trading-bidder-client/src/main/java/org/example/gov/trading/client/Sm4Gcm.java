package org.example.gov.trading.client;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/** SM4-GCM with a 128-bit tag appended, through the lightweight API (no JCA lookup per bid). */
final class Sm4Gcm {

    private Sm4Gcm() {
    }

    static byte[] encrypt(byte[] key, byte[] iv, byte[] aad, byte[] plaintext) {
        try {
            return run(true, key, iv, aad, plaintext);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("SM4-GCM encryption failed", e);
        }
    }

    static byte[] decrypt(byte[] key, byte[] iv, byte[] aad, byte[] ciphertext) throws InvalidCipherTextException {
        return run(false, key, iv, aad, ciphertext);
    }

    private static byte[] run(boolean encrypt, byte[] key, byte[] iv, byte[] aad, byte[] input) throws InvalidCipherTextException {
        var cipher = GCMBlockCipher.newInstance(new SM4Engine());
        cipher.init(encrypt, new AEADParameters(new KeyParameter(key), SealedBid.TAG_BYTES * 8, iv, aad));
        var out = new byte[cipher.getOutputSize(input.length)];
        int length = cipher.processBytes(input, 0, input.length, out, 0);
        length += cipher.doFinal(out, length);
        return length == out.length ? out : java.util.Arrays.copyOf(out, length);
    }
}
