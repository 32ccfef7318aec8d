package org.example.gov.trading.client;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.example.gov.trading.client.DecryptionFailure.Reason;

/**
 * Opens a sealed bid with the SM4 key its bidder submitted during the decryption window. Symmetric only (no SM2),
 * so the server checks hundreds of bids in well under a second each.
 */
public final class BidOpening {

    private BidOpening() {
    }

    /** The key as submitted ({ "key": "<base64>" }): base64 of exactly 16 bytes. */
    public static byte[] decodeKey(String base64) throws DecryptionFailure {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException e) {
            throw new DecryptionFailure(Reason.KEY_NOT_BASE64, "the key is not base64");
        }
        if (key.length != SealedBid.KEY_BYTES) {
            throw new DecryptionFailure(Reason.KEY_LENGTH, "the key must be 16 bytes, not " + key.length);
        }
        return key;
    }

    /** Decrypts for {@code lotId} (the AAD) and checks the plaintext is a valid document of that lot. */
    public static BidDocument decrypt(SealedBid sealed, byte[] key, String lotId) throws DecryptionFailure {
        if (key == null || key.length != SealedBid.KEY_BYTES) {
            throw new DecryptionFailure(Reason.KEY_LENGTH, "the key must be 16 bytes");
        }
        byte[] plaintext;
        try {
            plaintext = Sm4Gcm.decrypt(key, sealed.iv(), lotId.getBytes(StandardCharsets.UTF_8), sealed.ciphertext());
        } catch (InvalidCipherTextException e) {
            throw new DecryptionFailure(Reason.TAG_MISMATCH,
                    "SM4-GCM authentication failed: wrong key, altered ciphertext, or sealed for another lot");
        }
        try {
            var document = BidDocument.fromJson(plaintext);
            if (!lotId.equals(document.lotId())) {
                throw new DecryptionFailure(Reason.LOT_MISMATCH, "the document names another lot");
            }
            return document;
        } catch (InvalidBidDocument e) {
            throw new DecryptionFailure(e.rule() == InvalidBidDocument.Rule.MALFORMED ? Reason.MALFORMED_PLAINTEXT
                    : Reason.INVALID_DOCUMENT, "the decrypted bid document is invalid: " + e.rule());
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    /**
     * The opening's check of one bid: the stored ciphertext is the receipted one, it decrypts for the receipt's lot,
     * and the document is the submitting bidder's.
     */
    public static BidDocument open(SealedBid sealed, byte[] key, Receipt receipt, String bidder) throws DecryptionFailure {
        if (!sealed.ciphertextSm3().equals(receipt.ciphertextSm3())) {
            throw new DecryptionFailure(Reason.CIPHERTEXT_HASH_MISMATCH, "the stored ciphertext is not the receipted one");
        }
        var document = decrypt(sealed, key, receipt.lotId());
        if (!document.bidder().equals(bidder)) {
            throw new DecryptionFailure(Reason.BIDDER_MISMATCH, "the document names another bidder");
        }
        return document;
    }
}
