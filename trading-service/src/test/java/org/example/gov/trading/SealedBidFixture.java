package org.example.gov.trading;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.TestTokens;
import org.example.gov.trading.client.BidDocument;
import org.example.gov.trading.client.BidSealer;
import org.example.gov.trading.client.BidUnlocker;
import org.example.gov.trading.client.BidderKeys;
import org.example.gov.trading.client.DecryptionFailure;
import org.example.gov.trading.client.Receipt;
import org.example.gov.trading.client.SealedBid;

/**
 * Tenders and sealed bids for the bid and opening tests, made with the reference bidder client library exactly as a
 * bidder's machine makes them. Project: one construction lot, bid deadline 2026-03-23T01:30:00Z (09:30 Beijing),
 * the default 30-minute decryption window. Bidders get fresh subject ids so tests never see each other's rows.
 */
public final class SealedBidFixture {

    public static final String DEADLINE = "2026-03-23T01:30:00Z";

    public final String tenderee = TestTokens.shared().mint("tenderee1", "440300", null, "TENDEREE");
    public final String agent = TestTokens.shared().mint("tenderagent1", "440300", null, "TENDER_AGENT");
    public final String staff = TestTokens.shared().mint("trader1", "440300", "公共资源交易中心", "TRADING_STAFF");
    public final String supervisor = TestTokens.shared().mint("supervisor1", "440300", null, "SUPERVISOR");

    private final ApiClient api;

    public SealedBidFixture(ApiClient api) {
        this.api = api;
    }

    /** An announced project with {@code lots} lots (clock: 2 March 2026); answers [projectId, lotId...]. */
    public List<String> announcedLots(int lots) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < lots; i++) {
            l.append(i == 0 ? "" : ",").append("""
                    {"name":"标段%d","amount":"1000000.00","deposit":"20000.00","bidValidityDays":90}""".formatted(i + 1));
        }
        String id = api.post("/api/trading/projects", tenderee, """
                {"title":"体育中心改造工程","track":"CONSTRUCTION","method":"OPEN_TENDER","agent":"tenderagent1",
                 "region":"440304","lots":[%s]}""".formatted(l)).expect(201).text("id");
        api.post("/api/trading/projects/" + id + "/announcement", agent, """
                {"announcementUntil":"2026-03-09","documentsFrom":"2026-03-02","documentsUntil":"2026-03-09",
                 "bidDeadline":"%s"}""".formatted(DEADLINE)).expect(200);
        var ids = new java.util.ArrayList<String>();
        ids.add(id);
        api.get("/api/trading/projects/" + id, tenderee).expect(200).body().path("lots")
                .forEach(lot -> ids.add(lot.path("id").asString()));
        return ids;
    }

    /** A bidder with a fresh subject id, their token and their SM2 key pair (the client's BidderKeys). */
    public record Bidder(String id, String token, KeyPair keys) {
    }

    public Bidder bidder() {
        String id = "bidder-" + UUID.randomUUID().toString().substring(0, 8);
        return new Bidder(id, TestTokens.shared().mint(id, "440300", null, "BIDDER"), BidderKeys.generate());
    }

    /** A bid document with two schedule items summing to {@code total}. */
    public static BidDocument document(String lotId, Bidder bidder, String total) {
        BigDecimal t = new BigDecimal(total);
        BigDecimal civil = t.multiply(new BigDecimal("0.8")).setScale(2, java.math.RoundingMode.HALF_UP);
        return new BidDocument(lotId, bidder.id(), BidDocument.Price.ofSchedule(List.of(
                new BidDocument.Item("土建工程", civil), new BidDocument.Item("安装工程", t.subtract(civil)))),
                "投标文件.pdf", ("%PDF-1.7 投标文件 of " + bidder.id()).getBytes(StandardCharsets.UTF_8));
    }

    public static SealedBid seal(String lotId, Bidder bidder, String total) {
        return BidSealer.seal(document(lotId, bidder, total), bidder.keys().getPublic());
    }

    /** POSTs the sealed bid; the raw response. */
    public ApiClient.Response submit(String lotId, Bidder bidder, SealedBid sealed) {
        return api.post("/api/trading/lots/" + lotId + "/bids", bidder.token(),
                new String(sealed.toJson(), StandardCharsets.UTF_8));
    }

    /** Seals and submits a bid of {@code total}; the sealed bid sent. */
    public SealedBid bid(String lotId, Bidder bidder, String total) {
        SealedBid sealed = seal(lotId, bidder, total);
        submit(lotId, bidder, sealed).expect(201);
        return sealed;
    }

    public static Receipt receipt(ApiClient.Response response) {
        return Receipt.fromJson(response.raw().getBytes(StandardCharsets.UTF_8));
    }

    /** The SM4 key the bidder unwraps from their envelope with their private key, base64 as the API takes it. */
    public static String key(SealedBid sealed, Bidder bidder) {
        try {
            return Base64.getEncoder().encodeToString(BidUnlocker.unwrapKey(sealed, bidder.keys().getPrivate()));
        } catch (DecryptionFailure e) {
            throw new IllegalStateException(e);
        }
    }

    public ApiClient.Response decrypt(String lotId, Bidder bidder, String key) {
        return api.post("/api/trading/lots/" + lotId + "/bids/mine/decryption", bidder.token(),
                "{\"key\":\"" + key + "\"}");
    }
}
