package org.example.gov.trading.expert;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.example.gov.trading.tender.LotId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * Committees ({@code evaluation_committee}, one JSON document per lot under a row version) and their draws
 * ({@code committee_draw}, append-only), in the caller's transaction. A draw's row refers to its pool snapshot by
 * {@code pool_hash} ({@link PoolSnapshotRepository}, stored once per pool version); rows written before V120 carry their
 * snapshot in their record ({@code pool}) and are read from there.
 */
@Repository
public class CommitteeRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final PoolSnapshotRepository snapshots;

    public CommitteeRepository(JdbcClient jdbc, JsonMapper json, PoolSnapshotRepository snapshots) {
        this.jdbc = jdbc;
        this.json = json;
        this.snapshots = snapshots;
    }

    public Optional<Committee> find(LotId lot) {
        return load("SELECT document, row_version FROM evaluation_committee WHERE lot_id = :lot", lot);
    }

    public Optional<Committee> findForUpdate(LotId lot) {
        return load("SELECT document, row_version FROM evaluation_committee WHERE lot_id = :lot FOR UPDATE", lot);
    }

    public void save(Committee c) {
        Committee.Snapshot s = c.snapshot();
        String document = json.writeValueAsString(s);
        if (c.isNew()) {
            jdbc.sql("""
                    INSERT INTO evaluation_committee (lot_id, project_id, document, formed_at, row_version)
                    VALUES (:lot, :project, :document, :at, 0)""")
                    .param("lot", s.lotId().toString()).param("project", s.projectId().toString())
                    .param("document", document).param("at", Timestamp.from(s.formedAt())).update();
            return;
        }
        int updated = jdbc.sql("""
                UPDATE evaluation_committee SET document = :document, row_version = row_version + 1
                WHERE lot_id = :lot AND row_version = :version""")
                .param("lot", s.lotId().toString()).param("document", document).param("version", s.rowVersion())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("the committee of lot " + s.lotId() + " changed concurrently");
        }
    }

    /** Appends the draw; its pool snapshot is stored unless a draw from the same pool stored it before. */
    public void saveDraw(LotId lot, DrawRecord d) {
        if (!snapshots.stored(d.poolHash())) {
            PoolSnapshot snapshot = PoolSnapshot.of(d.pool());
            if (!snapshot.hash().equals(d.poolHash())) {
                throw new IllegalStateException("draw " + d.id() + " records a hash its pool does not have");
            }
            snapshots.store(snapshot, d.drawnAt());
        }
        jdbc.sql("""
                INSERT INTO committee_draw (id, lot_id, seat, pool_size, pool_hash, seed, record, drawn_by, drawn_at)
                VALUES (:id, :lot, :seat, :poolSize, :poolHash, :seed, :record, :by, :at)""")
                .param("id", d.id().toString()).param("lot", lot.toString()).param("seat", d.seat())
                .param("poolSize", d.pool().size()).param("poolHash", d.poolHash()).param("seed", d.seed())
                .param("record", json.writeValueAsString(StoredDraw.of(d))).param("by", d.drawnBy())
                .param("at", Timestamp.from(d.drawnAt())).update();
    }

    /**
     * The draws of a lot, oldest first, each with its pool snapshot (read once per pool version). A snapshot that is
     * missing or no longer matches its hash fails the read: a draw is never shown without the pool it drew from.
     */
    public List<DrawRecord> draws(LotId lot) {
        List<StoredDraw> stored = jdbc.sql("SELECT record FROM committee_draw WHERE lot_id = :lot ORDER BY drawn_at, id")
                .param("lot", lot.toString()).query((rs, n) -> json.readValue(rs.getString(1), StoredDraw.class))
                .list();
        Map<String, List<ExpertId>> pools = new HashMap<>();
        return stored.stream().map(d -> d.toRecord(d.pool() != null ? d.pool().stream().map(ExpertId::of).toList()
                : pools.computeIfAbsent(d.poolHash(), this::snapshotOf))).toList();
    }

    private List<ExpertId> snapshotOf(String poolHash) {
        return snapshots.find(poolHash).orElseThrow(
                () -> new IllegalStateException("no pool snapshot " + poolHash + " is stored")).ids();
    }

    private Optional<Committee> load(String sql, LotId lot) {
        return jdbc.sql(sql).param("lot", lot.toString()).query((rs, n) -> {
            Committee.Snapshot s = json.readValue(rs.getString(1), Committee.Snapshot.class);
            return Committee.restore(new Committee.Snapshot(s.lotId(), s.projectId(), s.members(),
                    s.tendereeRepresentatives(), s.tenures(), s.formedAt(), rs.getLong(2)));
        }).optional();
    }

    /**
     * A draw as stored: ids as plain strings. {@code pool} is null from V120 on (the snapshot is the
     * {@code expert_pool_snapshot} row of {@code poolHash}); rows written before carry it here (≈ 370 KB for 10,000).
     */
    record StoredDraw(String id, String specialty, String region, LocalDate drawDate, Integer seat, List<String> pool,
            String poolHash, List<StoredExclusion> exclusions, int seats, String seed, List<String> drawn,
            String drawnBy, Instant drawnAt) {

        static StoredDraw of(DrawRecord d) {
            return new StoredDraw(d.id().toString(), d.specialty(), d.region(), d.drawDate(), d.seat(), null,
                    d.poolHash(),
                    d.exclusions().stream().map(e -> new StoredExclusion(e.expert().toString(), e.reason())).toList(),
                    d.seats(), d.seed(), d.drawn().stream().map(ExpertId::toString).toList(), d.drawnBy(), d.drawnAt());
        }

        DrawRecord toRecord(List<ExpertId> pool) {
            return new DrawRecord(UUID.fromString(id), specialty, region, drawDate, seat, pool, poolHash,
                    exclusions.stream().map(e -> new Exclusion(ExpertId.of(e.expert()), e.reason())).toList(), seats,
                    seed, drawn.stream().map(ExpertId::of).toList(), drawnBy, drawnAt);
        }
    }

    record StoredExclusion(String expert, ExclusionReason reason) {
    }
}
