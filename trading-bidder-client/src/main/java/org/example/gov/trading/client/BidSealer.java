package org.example.gov.trading.client;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Arrays;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM2Engine;
import org.bouncycastle.crypto.params.ParametersWithRandom;

/** Seals a bid on the bidder's machine: a fresh SM4 key and IV per bid, the key wrapped to the bidder's SM2 key. */
public final class BidSealer {

    private BidSealer() {
    }

    /**
     * Validates the document, encrypts it with SM4-GCM (AAD = the lot id, so it opens for that lot only) and wraps the key
     * with SM2 (C1C3C2) to {@code bidderKey}. Only the matching private key can unwrap it: not the platform.
     */
    public static SealedBid seal(BidDocument document, PublicKey bidderKey) {
        var recipient = Sm.publicParameters(bidderKey);
        var plaintext = document.validate().toJson();
        var aad = document.lotId().getBytes(StandardCharsets.UTF_8);
        var key = new byte[SealedBid.KEY_BYTES];
        try {
            Sm.RANDOM.nextBytes(key);
            byte[] iv;
            byte[] ciphertext;
            // About one ciphertext in a hundred starts like JSON; the server would refuse it as a plaintext, so take
            // another IV (never the same IV twice under a key: each attempt draws a new random one).
            do {
                iv = new byte[SealedBid.IV_BYTES];
                Sm.RANDOM.nextBytes(iv);
                ciphertext = Sm4Gcm.encrypt(key, iv, aad, plaintext);
            } while (EnvelopeCheck.looksLikePlaintext(ciphertext));
            var engine = new SM2Engine(SM2Engine.Mode.C1C3C2);
            engine.init(true, new ParametersWithRandom(recipient, Sm.RANDOM));
            return new SealedBid(iv, ciphertext, engine.processBlock(key, 0, key.length));
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("SM2 key wrapping failed", e);
        } finally {
            Arrays.fill(key, (byte) 0);
            Arrays.fill(plaintext, (byte) 0);
        }
    }
}
