package org.example.gov.cases.partner;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The keys partners used for their forwards (table {@code partner_request}). */
@Repository
public class IdempotencyKeyRepository {

    private final JdbcClient jdbc;

    public IdempotencyKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record StoredKey(String requestHash, String caseId) {
    }

    public Optional<StoredKey> find(String partnerId, IdempotencyKey key) {
        return jdbc.sql("""
                SELECT request_hash, case_id FROM partner_request WHERE partner_id = :partner AND idempotency_key = :key""")
                .param("partner", partnerId).param("key", key.value())
                .query((rs, n) -> new StoredKey(rs.getString("request_hash"), rs.getString("case_id"))).optional();
    }

    /**
     * Inserted first in the transaction that creates the case: a concurrent forward with the same key waits on this
     * row and then fails with a duplicate key, instead of creating a second case.
     */
    /** Deletes at most {@code limit} keys used before {@code cutoff}; returns how many. */
    public int deleteCreatedBefore(Instant cutoff, int limit) {
        return jdbc.sql("DELETE FROM partner_request WHERE created_at < :cutoff ORDER BY created_at LIMIT :limit")
                .param("cutoff", Timestamp.from(cutoff)).param("limit", limit).update();
    }

    public void insert(String partnerId, IdempotencyKey key, String requestHash, String caseId, Instant at) {
        jdbc.sql("""
                INSERT INTO partner_request (partner_id, idempotency_key, request_hash, case_id, created_at)
                VALUES (:partner, :key, :hash, :caseId, :at)""")
                .param("partner", partnerId).param("key", key.value()).param("hash", requestHash)
                .param("caseId", caseId).param("at", Timestamp.from(at)).update();
    }
}
