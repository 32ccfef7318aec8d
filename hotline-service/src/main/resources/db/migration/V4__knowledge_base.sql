-- The knowledge base (知识库): articles of a centre's region with immutable versions. The article row holds the stage,
-- who published or retired it and the use counter (direct answers, incremented in the answering transaction); every
-- version is a row of its own so the tickets that cited (article, version) can read what the caller was told.
CREATE TABLE article (
    id                 CHAR(36)      NOT NULL,
    region             CHAR(6)       NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    latest_version     INT           NOT NULL,
    category_code      VARCHAR(12)   NOT NULL,
    created_by         VARCHAR(64)   NOT NULL,
    published_by       VARCHAR(64)   NULL,
    published_at       TIMESTAMP(6)  NULL,
    retired_by         VARCHAR(64)   NULL,
    retired_at         TIMESTAMP(6)  NULL,
    retirement_reason  VARCHAR(500)  NULL,
    use_count          BIGINT        NOT NULL DEFAULT 0,
    row_version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_article_status (status, region)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only: an edit inserts the next number, rows are never updated.
CREATE TABLE article_version (
    article_id    CHAR(36)      NOT NULL,
    number        INT           NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    body          TEXT          NOT NULL,
    category_code VARCHAR(12)   NOT NULL,
    keywords      VARCHAR(500)  NOT NULL,
    valid_from    DATE          NOT NULL,
    valid_until   DATE          NULL,
    edited_by     VARCHAR(64)   NOT NULL,
    edited_at     TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (article_id, number),
    CONSTRAINT fk_article_version_article FOREIGN KEY (article_id) REFERENCES article (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
