-- The item row is the head of an implementation item (code, base item, latest state, cancellation); each version's
-- content lives in item_version, the service guide as a JSON document (nothing in it is queried relationally).
ALTER TABLE item
    ADD COLUMN base_code     VARCHAR(64)  NULL,
    ADD COLUMN cancel_date   DATE         NULL,
    ADD COLUMN cancelled_at  TIMESTAMP(6) NULL,
    ADD COLUMN cancel_reason VARCHAR(500) NULL,
    ADD COLUMN changed_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    ADD KEY ix_item_changed_at (changed_at);

CREATE TABLE base_item (
    code        VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    item_type   VARCHAR(32)  NOT NULL,
    legal_basis LONGTEXT     NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE item_version (
    item_id          CHAR(36)     NOT NULL,
    version          INT          NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    name             VARCHAR(200) NOT NULL,
    department       VARCHAR(100) NOT NULL,
    department_code  VARCHAR(32)  NULL,
    region           CHAR(6)      NOT NULL,
    level            VARCHAR(16)  NULL,
    item_type        VARCHAR(32)  NULL,
    legal_basis      LONGTEXT     NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    legal_days       INT          NOT NULL,
    promised_days    INT          NULL,
    guide            LONGTEXT     NOT NULL,
    effective_date   DATE         NULL,
    published_at     TIMESTAMP(6) NULL,
    reviewer         VARCHAR(64)  NULL,
    rejection_reason VARCHAR(500) NULL,
    PRIMARY KEY (item_id, version),
    CONSTRAINT fk_item_version_item FOREIGN KEY (item_id) REFERENCES item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- items created before versions existed become version 1 with an empty guide
INSERT INTO item_version (item_id, version, status, name, department, region, legal_basis, kind, legal_days,
                          promised_days, guide, effective_date, published_at)
SELECT id, GREATEST(published_version, 1), CASE WHEN status = 'CANCELLED' THEN 'PUBLISHED' ELSE status END, name,
       department, region, '[]', kind, legal_days, promised_days, '{}', effective_date, published_at
FROM item;

CREATE TABLE bundle (
    id               CHAR(36)     NOT NULL,
    code             VARCHAR(64)  NOT NULL,
    name             VARCHAR(200) NOT NULL,
    topic            VARCHAR(64)  NOT NULL,
    description      TEXT         NULL,
    items            LONGTEXT     NOT NULL,
    shared_materials LONGTEXT     NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    published_at     TIMESTAMP(6) NULL,
    row_version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_bundle_code (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
