package org.example.gov.trading.bid;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.example.gov.platform.personal.crypto.BlindIndex;
import org.example.gov.platform.personal.crypto.PersonalDataCipher;
import org.example.gov.trading.client.Receipt;
import org.example.gov.trading.client.SealedBid;
import org.example.gov.trading.tender.LotId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Bids before and after their lot's deadline (V10: sealed_bid, unsealed_bid). Before it, a row is found only by its
 * entry tag, HMAC-SM3("bid|lot|bidder"), i.e. by the bidder asking for their own bid; lot, bidder and receipt are
 * sealed (SM4, personal-data key). At the deadline {@link #unseal} decrypts the sealed rows, keeps the lot's, and moves
 * them to unsealed_bid in the caller's transaction — deliberately no per-lot column before that, since any such column
 * would count a lot's bids for whoever reads the table. Nothing here logs.
 */
@Repository
public class SealedBidStore {

    private final JdbcClient jdbc;
    private final BlindIndex tags;
    private final PersonalDataCipher cipher;

    public SealedBidStore(JdbcClient jdbc, BlindIndex tags, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.tags = tags;
        this.cipher = cipher;
    }

    public String tag(LotId lot, String bidder) {
        return tags.of("bid|" + lot + "|" + bidder);
    }

    /** Stores the bidder's bid, replacing their earlier one on the lot. @return true when it replaced one */
    public boolean put(String bidder, Receipt receipt, SealedBid envelope) {
        String sealed = cipher.encrypt(String.join("\n", receipt.lotId(), bidder, receipt.receivedAt(),
                receipt.ciphertextSm3(), receipt.keyId(), Base64.getEncoder().encodeToString(receipt.signature())));
        int changed = jdbc.sql("""
                INSERT INTO sealed_bid (entry_tag, bid_id, sealed, envelope) VALUES (:tag, :bidId, :sealed, :envelope)
                ON DUPLICATE KEY UPDATE bid_id = VALUES(bid_id), sealed = VALUES(sealed), envelope = VALUES(envelope)""")
                .param("tag", tag(LotId.of(receipt.lotId()), bidder)).param("bidId", receipt.bidId())
                .param("sealed", sealed).param("envelope", new String(envelope.toJson(), StandardCharsets.UTF_8)).update();
        return changed > 1;
    }

    /** The bidder's current sealed bid on the lot (their own question). */
    public Optional<UnsealedBid> findSealed(LotId lot, String bidder) {
        return jdbc.sql("SELECT bid_id, sealed, envelope FROM sealed_bid WHERE entry_tag = :tag")
                .param("tag", tag(lot, bidder))
                .query((rs, n) -> parse(rs.getString(1), cipher.decrypt(rs.getString(2)), rs.getString(3))).optional();
    }

    /** Deletes the bidder's sealed bid on the lot. @return its bid id, if there was one */
    public Optional<String> delete(LotId lot, String bidder) {
        String tag = tag(lot, bidder);
        Optional<String> id = jdbc.sql("SELECT bid_id FROM sealed_bid WHERE entry_tag = :tag FOR UPDATE").param("tag", tag)
                .query(String.class).optional();
        id.ifPresent(x -> jdbc.sql("DELETE FROM sealed_bid WHERE entry_tag = :tag").param("tag", tag).update());
        return id;
    }

    /**
     * Moves the lot's sealed bids to unsealed_bid (call in the deadline job's READ COMMITTED transaction once the lot
     * is claimed, so this read sees every bid committed before the claim, not a snapshot taken earlier):
     * decrypts every sealed row of the platform (only bids of lots still before their deadline are there) and keeps
     * the lot's. @return the lot's bids with the entry tag each was stored under (for the audit's resolution)
     */
    public List<Unsealing> unseal(LotId lot) {
        String prefix = lot + "\n";
        List<String[]> mine = new ArrayList<>();
        // the seals only (small): the envelopes of other lots' bids are neither read nor parsed
        jdbc.sql("SELECT entry_tag, bid_id, sealed FROM sealed_bid")
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    String plain = cipher.decrypt(rs.getString(3));
                    if (plain.startsWith(prefix)) {
                        mine.add(new String[] { rs.getString(1), rs.getString(2), plain });
                    }
                });
        List<Unsealing> found = new ArrayList<>();
        for (String[] m : mine) {
            String envelope = jdbc.sql("SELECT envelope FROM sealed_bid WHERE entry_tag = :tag").param("tag", m[0])
                    .query(String.class).single();
            found.add(new Unsealing(m[0], parse(m[1], m[2], envelope)));
        }
        for (Unsealing u : found) {
            UnsealedBid b = u.bid();
            Receipt r = b.receipt();
            jdbc.sql("""
                    INSERT INTO unsealed_bid (bid_id, lot_id, bidder, received_at, ciphertext_sm3, key_id, signature, envelope)
                    SELECT :bidId, :lot, :bidder, :at, :sm3, :keyId, :signature, envelope FROM sealed_bid WHERE entry_tag = :tag""")
                    .param("bidId", b.bidId()).param("lot", lot.toString()).param("bidder", b.bidder())
                    .param("at", Timestamp.from(b.receivedAt())).param("sm3", r.ciphertextSm3()).param("keyId", r.keyId())
                    .param("signature", Base64.getEncoder().encodeToString(r.signature())).param("tag", u.entryTag())
                    .update();
            jdbc.sql("DELETE FROM sealed_bid WHERE entry_tag = :tag").param("tag", u.entryTag()).update();
        }
        return found;
    }

    /** A bid moved at the deadline, with the tag it was stored under. */
    public record Unsealing(String entryTag, UnsealedBid bid) {
    }

    public List<UnsealedBid> unsealed(LotId lot) {
        return jdbc.sql("""
                SELECT bid_id, lot_id, bidder, received_at, ciphertext_sm3, key_id, signature, envelope
                FROM unsealed_bid WHERE lot_id = :lot ORDER BY received_at, bid_id""").param("lot", lot.toString())
                .query((rs, n) -> unsealedRow(rs)).list();
    }

    /** Who bid on the lot, once unsealed at its deadline (no envelope read). */
    public List<String> unsealedBidders(LotId lot) {
        return jdbc.sql("SELECT DISTINCT bidder FROM unsealed_bid WHERE lot_id = :lot").param("lot", lot.toString())
                .query(String.class).list();
    }

    public Optional<UnsealedBid> unsealed(LotId lot, String bidder) {
        return jdbc.sql("""
                SELECT bid_id, lot_id, bidder, received_at, ciphertext_sm3, key_id, signature, envelope
                FROM unsealed_bid WHERE lot_id = :lot AND bidder = :bidder""").param("lot", lot.toString())
                .param("bidder", bidder).query((rs, n) -> unsealedRow(rs)).optional();
    }

    private static UnsealedBid unsealedRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        Receipt receipt = new Receipt(rs.getString(1), rs.getString(2), rs.getString(5),
                Receipt.formatReceivedAt(rs.getTimestamp(4).toInstant()), rs.getString(6),
                Base64.getDecoder().decode(rs.getString(7)));
        return new UnsealedBid(rs.getString(1), LotId.of(rs.getString(2)), rs.getString(3), receipt,
                SealedBid.fromJson(rs.getString(8).getBytes(StandardCharsets.UTF_8)));
    }

    private static UnsealedBid parse(String bidId, String plain, String envelope) {
        String[] p = plain.split("\n", -1);
        Receipt receipt = new Receipt(bidId, p[0], p[3], p[2], p[4], Base64.getDecoder().decode(p[5]));
        return new UnsealedBid(bidId, LotId.of(p[0]), p[1], receipt,
                SealedBid.fromJson(envelope.getBytes(StandardCharsets.UTF_8)));
    }
}
