-- Pool snapshots of committee draws, stored once per pool version (issue 15: the ≈ 370 KB snapshot of a 10,000-expert
-- pool written into every committee_draw row cost each draw ≈ 20 ms). Content-addressed and append-only: pool_hash is
-- the SM3 (hex) of expert_ids, the ids in canonical order one per line ('<id>\n' each) — the same pool_hash every
-- committee_draw row already carries, which is how a draw refers to its snapshot.
--
-- Old rows: draws recorded before this version keep their snapshot inside their record JSON ("pool") and are read
-- from there; they are append-only audit records, so they are neither rewritten nor copied here. No foreign key from
-- committee_draw.pool_hash for the same reason (old rows have no snapshot row).
CREATE TABLE expert_pool_snapshot (
    pool_hash  CHAR(64)     NOT NULL PRIMARY KEY,
    pool_size  INT          NOT NULL,
    expert_ids MEDIUMTEXT   NOT NULL,
    stored_at  TIMESTAMP(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
