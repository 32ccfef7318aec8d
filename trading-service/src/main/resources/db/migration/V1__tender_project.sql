-- Tender projects (项目) with their lots (标段/包), amendments and objections. The aggregate is stored whole as one JSON
-- document (it is always loaded and saved whole, under its row version); the columns beside it are what lists and
-- scope filter on. Nothing here names a bidder: objectors are held sealed (SM4) inside the document.
CREATE TABLE tender_project (
    id           CHAR(36)      NOT NULL,
    region       CHAR(6)       NOT NULL,
    tenderee     VARCHAR(64)   NOT NULL,
    agent        VARCHAR(64)   NULL,
    title        VARCHAR(200)  NOT NULL,
    track        VARCHAR(32)   NOT NULL,
    status       VARCHAR(24)   NOT NULL,
    published    BOOLEAN       NOT NULL,
    created_at   TIMESTAMP(6)  NOT NULL,
    document     LONGTEXT      NOT NULL,
    row_version  BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_tender_project_region (region, created_at),
    KEY ix_tender_project_tenderee (tenderee, created_at),
    KEY ix_tender_project_agent (agent, created_at),
    KEY ix_tender_project_published (published, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per lot, kept by the project's repository in the same transaction: finds a lot's project and the lots whose
-- bid deadline has passed (the opening capability's scheduler) without reading every document.
CREATE TABLE tender_lot (
    id            CHAR(36)      NOT NULL,
    project_id    CHAR(36)      NOT NULL,
    status        VARCHAR(24)   NOT NULL,
    bid_deadline  TIMESTAMP(6)  NULL,
    PRIMARY KEY (id),
    KEY ix_tender_lot_deadline (status, bid_deadline),
    CONSTRAINT fk_tender_lot_project FOREIGN KEY (project_id) REFERENCES tender_project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
