-- A lot's evaluation committee (expert/Committee): one JSON document with its seats and their history, read and
-- written whole under the row version.
CREATE TABLE evaluation_committee (
    lot_id      CHAR(36)    NOT NULL PRIMARY KEY,
    project_id  CHAR(36)    NOT NULL,
    document    MEDIUMTEXT  NOT NULL,
    formed_at   TIMESTAMP(6) NOT NULL,
    row_version BIGINT      NOT NULL DEFAULT 0,
    INDEX ix_committee_project (project_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Every draw, append-only: the record (pool snapshot ids, exclusions with reasons, seed, drawn experts) as JSON, and
-- the columns an auditor searches by. Enough to replay the draw (expert/CommitteeDraw.replay).
CREATE TABLE committee_draw (
    id         CHAR(36)    NOT NULL PRIMARY KEY,
    lot_id     CHAR(36)    NOT NULL,
    seat       INT         NULL,
    pool_size  INT         NOT NULL,
    pool_hash  CHAR(64)    NOT NULL,
    seed       CHAR(64)    NOT NULL,
    record     MEDIUMTEXT  NOT NULL,
    drawn_by   VARCHAR(100) NOT NULL,
    drawn_at   TIMESTAMP(6) NOT NULL,
    INDEX ix_committee_draw_lot (lot_id, drawn_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
