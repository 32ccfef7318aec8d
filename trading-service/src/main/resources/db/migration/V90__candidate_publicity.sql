-- A lot's candidates' publicity and its award (award/Publicity): one JSON document per lot (candidates, period,
-- objections with their answers, the award decision), read and written whole under the row version.
CREATE TABLE candidate_publicity (
    lot_id      CHAR(36)   NOT NULL PRIMARY KEY,
    project_id  CHAR(36)   NOT NULL,
    document    MEDIUMTEXT NOT NULL,
    row_version BIGINT     NOT NULL DEFAULT 0,
    INDEX ix_candidate_publicity_project (project_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
