package org.example.gov.trading.bid.web;

import java.util.Base64;

import org.example.gov.trading.client.SealedBid;

/** The caller's stored envelope (gov-sealed-bid/1), so they can unwrap its key at the opening from any machine. */
public record EnvelopeResponse(String format, String cipher, String iv, String ciphertext, String wrappedKey) {

    static EnvelopeResponse of(SealedBid s) {
        var b64 = Base64.getEncoder();
        return new EnvelopeResponse(SealedBid.FORMAT, SealedBid.CIPHER, b64.encodeToString(s.iv()),
                b64.encodeToString(s.ciphertext()), b64.encodeToString(s.wrappedKey()));
    }
}
