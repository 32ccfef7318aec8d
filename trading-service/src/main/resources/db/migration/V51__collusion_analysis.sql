-- The latest collusion analysis of a lot (integrity/CollusionService), made after its opening record is published and
-- recomputed on demand by trading-centre staff. sealed = SM4-GCM (personal-data key) of the analysis as JSON: its
-- warnings quote evidence (client addresses, accounts) that only staff and supervisors may read.
CREATE TABLE collusion_analysis (
    lot_id       CHAR(36)     NOT NULL,
    analysed_at  TIMESTAMP(6) NOT NULL,
    sealed       MEDIUMTEXT   NOT NULL,
    PRIMARY KEY (lot_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
