package org.example.gov.trading.bid;

import java.util.List;

import org.example.gov.trading.client.ReceiptKey;
import org.example.gov.trading.client.ReceiptSigner;

/**
 * The platform's receipt keys (SM2): the one that signs new receipts, and every public key a bidder may need to verify
 * a receipt (GET /api/trading/receipt-keys), including keys retired from signing.
 */
public record ReceiptKeys(ReceiptSigner signer, List<ReceiptKey> published) {

    public ReceiptKeys {
        published = List.copyOf(published);
        String current = signer.keyId();
        if (published.stream().noneMatch(k -> k.keyId().equals(current))) {
            throw new IllegalArgumentException("the signing key " + current + " must be among the published keys");
        }
    }
}
