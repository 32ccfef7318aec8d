package org.example.gov.trading.client;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.example.gov.trading.client.InvalidReceipt.Reason;

/** The bidder side: a receipt is genuine when a published platform key signed it and it hashes what was sent. */
public final class ReceiptVerifier {

    private final Map<String, ECPublicKeyParameters> keys = new HashMap<>();

    public ReceiptVerifier(List<ReceiptKey> platformKeys) {
        for (var key : platformKeys) {
            keys.put(key.keyId(), Sm.publicParameters(key.publicKey()));
        }
    }

    /** The signature over the canonical string, by a published key. */
    public void verifySignature(Receipt receipt) {
        var key = keys.get(receipt.keyId());
        if (key == null) {
            throw new InvalidReceipt(Reason.UNKNOWN_KEY, "the platform publishes no receipt key " + receipt.keyId());
        }
        var canonical = receipt.canonical();
        var verifier = new SM2Signer();
        verifier.init(false, key);
        verifier.update(canonical, 0, canonical.length);
        if (!verifier.verifySignature(receipt.signature())) {
            throw new InvalidReceipt(Reason.BAD_SIGNATURE, "the receipt's signature does not verify");
        }
    }

    /** The signature, and that the receipt is for this envelope's ciphertext. */
    public void verify(Receipt receipt, SealedBid sent) {
        verifySignature(receipt);
        if (!sent.ciphertextSm3().equals(receipt.ciphertextSm3())) {
            throw new InvalidReceipt(Reason.CIPHERTEXT_MISMATCH, "the receipt is for another ciphertext");
        }
    }

    /** As {@link #verify(Receipt, SealedBid)}, and for the lot the bid was sent to. */
    public void verify(Receipt receipt, SealedBid sent, String lotId) {
        verify(receipt, sent);
        if (!receipt.lotId().equals(lotId)) {
            throw new InvalidReceipt(Reason.LOT_MISMATCH, "the receipt is for lot " + receipt.lotId());
        }
    }
}
