package org.example.gov.trading.client;

import java.security.PrivateKey;
import java.util.Arrays;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM2Engine;
import org.example.gov.trading.client.DecryptionFailure.Reason;

/** On the bidder's machine, at the opening: the SM4 key the bidder submits, unwrapped with the bidder's private key. */
public final class BidUnlocker {

    private BidUnlocker() {
    }

    public static byte[] unwrapKey(SealedBid sealed, PrivateKey bidderKey) throws DecryptionFailure {
        var engine = new SM2Engine(SM2Engine.Mode.C1C3C2);
        engine.init(false, Sm.privateParameters(bidderKey));
        var wrapped = sealed.wrappedKey();
        byte[] key;
        try {
            key = engine.processBlock(wrapped, 0, wrapped.length);
        } catch (InvalidCipherTextException | IllegalArgumentException e) {
            throw new DecryptionFailure(Reason.WRONG_PRIVATE_KEY, "this private key does not unwrap the bid's key");
        }
        if (key.length != SealedBid.KEY_BYTES) {
            Arrays.fill(key, (byte) 0);
            throw new DecryptionFailure(Reason.KEY_LENGTH, "the unwrapped key is not 16 bytes");
        }
        return key;
    }
}
