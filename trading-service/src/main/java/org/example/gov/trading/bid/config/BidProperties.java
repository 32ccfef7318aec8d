package org.example.gov.trading.bid.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * platform.trading.bid.*: the platform's receipt signing key. In production {@code receipt-key.key-id} and
 * {@code receipt-key.private-key} (an SM2 PKCS#8 PEM, from a secret) are set; left out (local runs, tests), a key is
 * generated on first start and kept sealed in the database (V10 says why there).
 */
@ConfigurationProperties("platform.trading.bid")
public record BidProperties(ReceiptKey receiptKey) {

    public record ReceiptKey(String keyId, String privateKey) {

        boolean configured() {
            return keyId != null && !keyId.isBlank() && privateKey != null && !privateKey.isBlank();
        }
    }
}
