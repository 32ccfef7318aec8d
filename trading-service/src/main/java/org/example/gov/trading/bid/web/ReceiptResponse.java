package org.example.gov.trading.bid.web;

import java.util.Base64;

import org.example.gov.trading.client.Receipt;

/** A bid's receipt (gov-bid-receipt/1), signed by the platform: what the bidder keeps to prove the bid later. */
public record ReceiptResponse(String format, String bidId, String lotId, String ciphertextSm3, String receivedAt,
        String keyId, String signature) {

    static ReceiptResponse of(Receipt r) {
        return new ReceiptResponse(Receipt.FORMAT, r.bidId(), r.lotId(), r.ciphertextSm3(), r.receivedAt(), r.keyId(),
                Base64.getEncoder().encodeToString(r.signature()));
    }
}
