CREATE TABLE item (
    id                CHAR(36)     NOT NULL,
    code              VARCHAR(64)  NOT NULL,
    name              VARCHAR(200) NOT NULL,
    department        VARCHAR(100) NOT NULL,
    region            CHAR(6)      NOT NULL,
    kind              VARCHAR(16)  NOT NULL,
    legal_days        INT          NOT NULL,
    promised_days     INT          NULL,
    status            VARCHAR(16)  NOT NULL,
    published_version INT          NOT NULL DEFAULT 0,
    effective_date    DATE         NULL,
    published_at      TIMESTAMP(6) NULL,
    row_version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_item_code (code),
    KEY ix_item_status_code (status, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
