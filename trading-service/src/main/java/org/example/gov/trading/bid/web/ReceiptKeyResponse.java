package org.example.gov.trading.bid.web;

/** A platform receipt public key (PEM SubjectPublicKeyInfo) under its key id. */
public record ReceiptKeyResponse(String keyId, String publicKey) {
}
