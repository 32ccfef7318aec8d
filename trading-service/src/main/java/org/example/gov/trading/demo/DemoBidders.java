package org.example.gov.trading.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.example.gov.platform.security.Actor;
import org.example.gov.trading.bid.BidService;
import org.example.gov.trading.bid.ClientOrigin;
import org.example.gov.trading.client.BidDocument;
import org.example.gov.trading.client.BidSealer;
import org.example.gov.trading.client.BidUnlocker;
import org.example.gov.trading.client.BidderKeys;
import org.example.gov.trading.client.DecryptionFailure;
import org.example.gov.trading.client.SealedBid;
import org.example.gov.trading.opening.OpeningService;
import org.example.gov.trading.tender.LotId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the demo bidders' machines do: seal a bid with the reference bidder client under the bidder's own key pair, and
 * at the opening unwrap its key and decrypt online. One key pair per demo bidder for all its bids, written under
 * {@code platform.trading.demo-bidder-keys} (the launcher: {@code .local/demo-bidders/<bidder>/}) so that a demo user
 * can decrypt its own bids with {@code BidderCli decrypt-online}. Without that directory no bid is sealed
 * ({@link #keysKept}): a bid whose private key is lost could never be opened.
 */
@Component
class DemoBidders {

    private final String bidderKeys;
    private final Map<String, KeyPair> keys = new LinkedHashMap<>();

    DemoBidders(@Value("${platform.trading.demo-bidder-keys:}") String bidderKeys) {
        this.bidderKeys = bidderKeys;
    }

    boolean keysKept() {
        return !bidderKeys.isBlank();
    }

    /**
     * The bidders' sealed bids on the lot through {@code service} (today's, or one set back: see {@link PastSteps}), the
     * i-th bidder offering the i-th total (2 % of it the safety costs); the envelopes, by bidder, for the opening.
     */
    Map<String, SealedBid> seal(BidService service, LotId lot, List<Actor> bidders, List<String> totals) {
        Map<String, SealedBid> sealed = new LinkedHashMap<>();
        for (int i = 0; i < bidders.size(); i++) {
            Actor bidder = bidders.get(i);
            BigDecimal total = new BigDecimal(totals.get(i));
            BigDecimal safety = total.multiply(new BigDecimal("0.02")).setScale(2, RoundingMode.HALF_UP);
            BidDocument document = new BidDocument(lot.toString(), bidder.id(), BidDocument.Price.ofSchedule(List.of(
                    new BidDocument.Item("道路及排水工程", total.subtract(safety)),
                    new BidDocument.Item("安全文明施工费", safety))), "投标文件.pdf",
                    ("%PDF-1.7 " + bidder.name() + " 投标文件（演示）").getBytes(StandardCharsets.UTF_8));
            SealedBid envelope = BidSealer.seal(document, keysOf(bidder).getPublic());
            service.submit(lot, envelope.toJson(), bidder);
            sealed.put(bidder.id(), envelope);
        }
        return sealed;
    }

    /** The bidder decrypts its bid online from {@code address} during the window, as {@code BidderCli} does. */
    void decrypt(OpeningService openings, LotId lot, SealedBid envelope, Actor bidder, String address) {
        byte[] key;
        try {
            key = BidUnlocker.unwrapKey(envelope, keysOf(bidder).getPrivate());
        } catch (DecryptionFailure e) {
            throw new IllegalStateException("a demo bid sealed by this seeding does not unwrap: " + e.reason(), e);
        }
        openings.decrypt(lot, Base64.getEncoder().encodeToString(key), bidder, new ClientOrigin(address, null));
    }

    private KeyPair keysOf(Actor bidder) {
        return keys.computeIfAbsent(bidder.id(), id -> {
            KeyPair pair = BidderKeys.generate();
            Path dir = Path.of(bidderKeys, id);
            try {
                Files.createDirectories(dir);
                BidderKeys.write(pair, dir);
            } catch (IOException e) {
                throw new UncheckedIOException("the demo bidder keys cannot be written under " + dir, e);
            }
            return pair;
        });
    }
}
