-- The contract each award notice calls for (award/LotContract): one JSON document per lot under a row version; status
-- and last day as columns for the supervision job's scan of unsigned contracts near or past their last day.
CREATE TABLE lot_contract (
    lot_id      CHAR(36)    NOT NULL PRIMARY KEY,
    project_id  CHAR(36)    NOT NULL,
    status      VARCHAR(24) NOT NULL,
    due_on      DATE        NOT NULL,
    document    MEDIUMTEXT  NOT NULL,
    row_version BIGINT      NOT NULL DEFAULT 0,
    INDEX ix_lot_contract_due (status, due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
