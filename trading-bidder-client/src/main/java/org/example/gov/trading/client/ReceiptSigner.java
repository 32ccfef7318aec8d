package org.example.gov.trading.client;

import java.security.PrivateKey;
import java.time.Instant;

import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;

/**
 * The platform side: signs receipts with a receipt key (SM3withSM2, default user id 1234567812345678, DER signature).
 * Thread-safe: the key is converted once, a signer is built per receipt (cheap; SM2Signer itself is not thread-safe).
 */
public final class ReceiptSigner {

    private final String keyId;
    private final ECPrivateKeyParameters key;

    public ReceiptSigner(String keyId, PrivateKey privateKey) {
        if (keyId == null || keyId.isBlank() || keyId.contains("\n")) {
            throw new IllegalArgumentException("a receipt key id is one non-blank line");
        }
        this.keyId = keyId;
        this.key = Sm.privateParameters(privateKey);
    }

    public String keyId() {
        return keyId;
    }

    public Receipt sign(String bidId, String lotId, String ciphertextSm3, Instant receivedAt) {
        var at = Receipt.formatReceivedAt(receivedAt);
        var canonical = Receipt.canonical(bidId, lotId, ciphertextSm3, at, keyId);
        var signer = new SM2Signer();
        signer.init(true, new ParametersWithRandom(key, Sm.RANDOM));
        signer.update(canonical, 0, canonical.length);
        try {
            return new Receipt(bidId, lotId, ciphertextSm3, at, keyId, signer.generateSignature());
        } catch (CryptoException e) {
            throw new IllegalStateException("SM2 signing failed", e);
        }
    }

    public Receipt sign(String bidId, String lotId, SealedBid sealed, Instant receivedAt) {
        return sign(bidId, lotId, sealed.ciphertextSm3(), receivedAt);
    }
}
