-- The OCDS open-data feed (ocds/): every release ever published, append-only, in publication order. A release is a full
-- snapshot of what the public may know of a project (ocds/TenderRelease), so a record's compiled release is its newest.
-- seq orders the feed and is its paging cursor; digest (SHA-256 of the snapshot without id, date and tag) lets a save
-- that changed nothing public add nothing.
CREATE TABLE ocds_release (
    seq         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ocid        VARCHAR(64)  NOT NULL,
    release_id  VARCHAR(80)  NOT NULL,
    project_id  CHAR(36)     NOT NULL,
    released_at TIMESTAMP(6) NOT NULL,
    digest      CHAR(64)     NOT NULL,
    document    MEDIUMTEXT   NOT NULL,
    UNIQUE KEY uq_ocds_release (ocid, release_id),
    INDEX ix_ocds_release_ocid (ocid, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
