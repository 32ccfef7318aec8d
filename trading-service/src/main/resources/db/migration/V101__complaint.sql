-- Complaints (投诉) to the supervising department (complaint/Complaint): one JSON document per complaint under a row
-- version; the lot, region, status and filing time as columns for the lot's list, the supervisors' work list (by
-- region, oldest first) and the procedure-hold check the award and the contract make.
CREATE TABLE complaint (
    id          CHAR(36)    NOT NULL PRIMARY KEY,
    lot_id      CHAR(36)    NOT NULL,
    project_id  CHAR(36)    NOT NULL,
    region      VARCHAR(12) NOT NULL,
    complainant VARCHAR(64) NOT NULL,
    status      VARCHAR(16) NOT NULL,
    filed_at    DATETIME(6) NOT NULL,
    document    MEDIUMTEXT  NOT NULL,
    row_version BIGINT      NOT NULL DEFAULT 0,
    INDEX ix_complaint_lot (lot_id, filed_at),
    INDEX ix_complaint_work (status, region, filed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
