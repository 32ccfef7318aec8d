package org.example.gov.trading.expert;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The draws' pool snapshots ({@code expert_pool_snapshot}, append-only), one row per pool version under its hash, in the
 * caller's transaction. A draw from a pool nobody has drawn from stores it; every later draw from the same pool only
 * looks the hash up (issue 15: writing the ≈ 370 KB snapshot of a 10,000-expert pool into every draw row cost each draw
 * ≈ 20 ms).
 */
@Repository
public class PoolSnapshotRepository {

    private final JdbcClient jdbc;

    public PoolSnapshotRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the snapshot, once: when it is stored already (two first draws from the same new pool in parallel, both
     * having found none) the INSERT meets its key and leaves the row as it is — same hash, same content.
     */
    public void store(PoolSnapshot snapshot, Instant at) {
        jdbc.sql("""
                INSERT INTO expert_pool_snapshot (pool_hash, pool_size, expert_ids, stored_at)
                VALUES (:hash, :size, :ids, :at)
                ON DUPLICATE KEY UPDATE pool_hash = pool_hash""")
                .param("hash", snapshot.hash()).param("size", snapshot.size()).param("ids", snapshot.canonicalText())
                .param("at", Timestamp.from(at)).update();
    }

    public boolean stored(String hash) {
        return jdbc.sql("SELECT COUNT(*) FROM expert_pool_snapshot WHERE pool_hash = :hash").param("hash", hash)
                .query(Integer.class).single() > 0;
    }

    /** The snapshot stored under {@code hash}, verified against it ({@link PoolSnapshot#stored}). */
    public Optional<PoolSnapshot> find(String hash) {
        return jdbc.sql("SELECT expert_ids FROM expert_pool_snapshot WHERE pool_hash = :hash").param("hash", hash)
                .query((rs, n) -> PoolSnapshot.stored(hash, rs.getString(1))).optional();
    }
}
