package org.example.gov.trading.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;

import org.example.gov.trading.client.BidDocument.Item;
import org.example.gov.trading.client.BidDocument.Price;

/**
 * Per-operation cost of the client's crypto, for the README (not a unit test: timings vary by machine). The README
 * ("Cost per operation") says how to run it: java -cp test-classes:classes:deps ...CryptoCost [bid file KiB].
 */
public final class CryptoCost {

    private CryptoCost() {
    }

    public static void main(String[] args) throws Exception {
        int kib = args.length > 0 ? Integer.parseInt(args[0]) : 1024;
        var lot = UUID.randomUUID().toString();
        var bidder = BidderKeys.generate();
        var document = new BidDocument(lot, "bidder1", Price.ofSchedule(List.of(new Item("土建工程", new BigDecimal("1000000.00")))),
                "bid.pdf", new byte[kib * 1024]);
        var sealed = BidSealer.seal(document, bidder.getPublic());
        var key = BidUnlocker.unwrapKey(sealed, bidder.getPrivate());
        var json = sealed.toJson();
        var signer = new ReceiptSigner("k1", BidderKeys.generate().getPrivate());
        var receipt = signer.sign("b1", lot, sealed, Instant.now());
        System.out.printf("document %d KiB, envelope %d KiB%n", kib, json.length / 1024);
        time("keygen", 200, i -> BidderKeys.generate());
        time("seal", 50, i -> BidSealer.seal(document, bidder.getPublic()));
        time("unwrapKey", 200, i -> unchecked(() -> BidUnlocker.unwrapKey(sealed, bidder.getPrivate())));
        time("EnvelopeCheck.validate", 50, i -> EnvelopeCheck.validate(json));
        time("ciphertextSm3", 50, i -> sealed.ciphertextSm3());
        var aad = lot.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var ciphertext = sealed.ciphertext();
        var iv = sealed.iv();
        var plaintext = document.toJson();
        time("SM4-GCM decrypt only", 50, i -> unchecked(() -> Sm4Gcm.decrypt(key, iv, aad, ciphertext)));
        time("BidDocument.fromJson only", 50, i -> BidDocument.fromJson(plaintext));
        time("BidOpening.open (SM3 + SM4-GCM + parse)", 50, i -> unchecked(() -> BidOpening.open(sealed, key, receipt, "bidder1")));
        time("ReceiptSigner.sign", 500, i -> signer.sign("b" + i, lot, receipt.ciphertextSm3(), Instant.now()));
    }

    private interface Op {
        Object run() throws Exception;
    }

    private static Object unchecked(Op op) {
        try {
            return op.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void time(String name, int n, IntConsumer op) {
        for (int i = 0; i < n; i++) {
            op.accept(i); // warm-up
        }
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            op.accept(i);
        }
        System.out.printf("%-42s %8.3f ms/op (%d ops)%n", name, (System.nanoTime() - start) / 1e6 / n, n);
    }
}
