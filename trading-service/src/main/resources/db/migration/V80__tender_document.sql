-- The text of a draft's tender documents and what the negative list found in it (negativelist/TenderDocument): one row
-- per project, rewritten while the project is a draft, under the project's lock. overridden_digest is the SHA-256 of
-- the text a reviewer accepted: an override holds for that text only.
CREATE TABLE tender_document (
    project_id        CHAR(36)     NOT NULL PRIMARY KEY,
    text              MEDIUMTEXT   NOT NULL,
    digest            CHAR(64)     NOT NULL,
    hits              MEDIUMTEXT   NOT NULL,
    updated_by        VARCHAR(100) NOT NULL,
    updated_at        TIMESTAMP(6) NOT NULL,
    overridden_digest CHAR(64)     NULL,
    override_reason   VARCHAR(500) NULL,
    overridden_by     VARCHAR(100) NULL,
    overridden_at     TIMESTAMP(6) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
