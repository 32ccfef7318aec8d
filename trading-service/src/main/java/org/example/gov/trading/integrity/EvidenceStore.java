package org.example.gov.trading.integrity;

import java.util.Optional;

import org.example.gov.platform.personal.crypto.PersonalDataCipher;
import org.example.gov.trading.tender.LotId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The per-bid collusion evidence (V50: bid_evidence), sealed under the personal-data key from the moment it arises.
 * Read only for a lot whose opening record is published ({@link CollusionService}). Nothing here logs.
 */
@Repository
public class EvidenceStore {

    /** When a piece of evidence arose. */
    public enum Stage {
        SUBMISSION, DECRYPTION
    }

    /** One stage's evidence of a bid; any value may be null. */
    public record Evidence(String lotId, String bidder, String address, String fingerprint, String documentHash,
            String documentAuthor) {
    }

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    public EvidenceStore(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Keeps a stage's evidence of a bid; a later one of the same stage (a retried decryption) replaces it. */
    public void put(String bidId, Stage stage, Evidence e) {
        String sealed = cipher.encrypt(String.join("\n", e.lotId(), e.bidder(), text(e.address()),
                text(e.fingerprint()), text(e.documentHash()), text(e.documentAuthor())));
        jdbc.sql("""
                INSERT INTO bid_evidence (bid_id, stage, sealed) VALUES (:bid, :stage, :sealed)
                ON DUPLICATE KEY UPDATE sealed = VALUES(sealed)""")
                .param("bid", bidId).param("stage", stage.name()).param("sealed", sealed).update();
    }

    /** Deletes a withdrawn bid's evidence (kept no longer than the bid). */
    public void forget(String bidId) {
        jdbc.sql("DELETE FROM bid_evidence WHERE bid_id = :bid").param("bid", bidId).update();
    }

    /** The bid's evidence of that stage, if it belongs to that lot. */
    public Optional<Evidence> find(String bidId, Stage stage, LotId lot) {
        return jdbc.sql("SELECT sealed FROM bid_evidence WHERE bid_id = :bid AND stage = :stage")
                .param("bid", bidId).param("stage", stage.name()).query(String.class).optional()
                .map(cipher::decrypt).map(EvidenceStore::parse).filter(e -> e.lotId().equals(lot.toString()));
    }

    /** Values are single-line by construction (ClientOrigin's patterns, SM3 hex, DocumentAuthor's cleaning). */
    private static String text(String value) {
        return value == null ? "" : value.replaceAll("[\r\n]", " ");
    }

    private static Evidence parse(String plain) {
        String[] p = plain.split("\n", -1);
        return new Evidence(p[0], p[1], blank(p[2]), blank(p[3]), blank(p[4]), blank(p[5]));
    }

    private static String blank(String v) {
        return v.isEmpty() ? null : v;
    }
}
