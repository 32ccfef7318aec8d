package org.example.gov.trading.client;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.List;
import java.util.UUID;

import org.example.gov.trading.client.BidDocument.Item;
import org.example.gov.trading.client.BidDocument.Price;

/** Test fixtures: one key pair per JVM (SM2 generation is the slow part) and a small valid bid document. */
final class Bids {

    static final KeyPair BIDDER = BidderKeys.generate();
    static final KeyPair OTHER_BIDDER = BidderKeys.generate();

    private Bids() {
    }

    static BidDocument document(String lotId) {
        return new BidDocument(lotId, "bidder1",
                Price.ofSchedule(List.of(new Item("土建工程", new BigDecimal("1000000.00")), new Item("安装工程", new BigDecimal("234567.89")))),
                "投标文件.pdf", "%PDF-1.7 a bid document".getBytes(StandardCharsets.US_ASCII));
    }

    static String lot() {
        return UUID.randomUUID().toString();
    }
}
