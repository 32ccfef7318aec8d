-- Issue 13: nearby duplicate suggestions (重复件 c), hotspot warnings (未诉先办) and the monthly statistics.

-- Derived from the ticket row, never written by anyone: the normalised address the nearby-duplicate check compares
-- (spaces and common punctuation removed, Latin letters lower-cased: "3栋 1201" = "3栋1201"), and the facts the
-- statistics count that otherwise sit in the details JSON (direct answer, replies, call-backs and the last call-back's
-- result), so that a month is one index range scan instead of parsing every ticket's JSON.
ALTER TABLE ticket
    ADD COLUMN address_key VARCHAR(300) GENERATED ALWAYS AS (LOWER(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(
        REPLACE(REPLACE(REPLACE(address, ' ', ''), '　', ''), ',', ''), '，', ''), '.', ''), '。', ''), '-', ''), '－', ''),
        '#', ''))) STORED,
    ADD COLUMN direct_answered BOOLEAN GENERATED ALWAYS AS
        (COALESCE(JSON_TYPE(JSON_EXTRACT(details, '$.directAnswer')) = 'OBJECT', FALSE)) STORED,
    ADD COLUMN reply_count INT GENERATED ALWAYS AS (COALESCE(JSON_LENGTH(details, '$.replies'), 0)) STORED,
    ADD COLUMN call_back_count INT GENERATED ALWAYS AS (COALESCE(JSON_LENGTH(details, '$.callBacks'), 0)) STORED,
    ADD COLUMN last_call_back VARCHAR(24) GENERATED ALWAYS AS (CASE WHEN JSON_LENGTH(details, '$.callBacks') > 0
        THEN JSON_UNQUOTE(JSON_EXTRACT(details, CONCAT('$.callBacks[', JSON_LENGTH(details, '$.callBacks') - 1,
        '].result'))) END) STORED;

-- Nearby duplicates: same category, a latitude band (the bounding box's pre-filter; longitude and the window are
-- checked in the index), or the same normalised address.
CREATE INDEX ix_ticket_nearby ON ticket (category_code, latitude, longitude, received_at);
CREATE INDEX ix_ticket_same_address ON ticket (category_code, address_key, received_at);
-- Hotspots: one (category, region)'s trailing days.
CREATE INDEX ix_ticket_category_region_day ON ticket (category_code, region, received_at);
-- Monthly statistics and a day's counts by category × region: every column they read, so a month (and a day) is a
-- range scan of this index alone, never a lookup of the rows.
CREATE INDEX ix_ticket_statistics ON ticket (received_at, region, category_code, type, channel, status, dispatched_at,
    due_at, closed_at, return_count, redo_count, direct_answered, reply_count, call_back_count, last_call_back,
    lead_region, lead_department);

-- 重复件 (c): another caller's ticket of the same category nearby, within the window — a suggestion for the centre,
-- never an automatic merge. One per new ticket; its candidates are the earlier tickets found.
CREATE TABLE duplicate_suggestion (
    id            CHAR(36)      NOT NULL,
    ticket_id     CHAR(36)      NOT NULL,
    ticket_number VARCHAR(32)   NOT NULL,
    region        CHAR(6)       NOT NULL,
    category_code VARCHAR(12)   NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    duplicate_of  CHAR(36)      NULL,
    created_at    TIMESTAMP(6)  NOT NULL,
    decided_at    TIMESTAMP(6)  NULL,
    row_version   BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_duplicate_suggestion_ticket (ticket_id),
    KEY ix_duplicate_suggestion_region (region, status, created_at),
    KEY ix_duplicate_suggestion_master (duplicate_of)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE duplicate_candidate (
    suggestion_id   CHAR(36)    NOT NULL,
    ticket_id       CHAR(36)    NOT NULL,
    ticket_number   VARCHAR(32) NOT NULL,
    region          CHAR(6)     NOT NULL,
    received_at     TIMESTAMP(6) NOT NULL,
    distance_metres INT         NULL,
    same_address    BOOLEAN     NOT NULL,
    PRIMARY KEY (suggestion_id, ticket_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only: rows are inserted by each step and never updated or deleted.
CREATE TABLE duplicate_suggestion_history (
    seq           BIGINT        NOT NULL AUTO_INCREMENT,
    suggestion_id CHAR(36)      NOT NULL,
    action        VARCHAR(24)   NOT NULL,
    actor_id      VARCHAR(64)   NOT NULL,
    actor_role    VARCHAR(32)   NOT NULL,
    from_status   VARCHAR(16)   NULL,
    to_status     VARCHAR(16)   NOT NULL,
    at            TIMESTAMP(6)  NOT NULL,
    note          VARCHAR(1000) NULL,
    PRIMARY KEY (seq),
    KEY ix_duplicate_suggestion_history (suggestion_id, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 未诉先办: a spike of one category in one region on one day, raised once (the unique key).
CREATE TABLE hotspot_warning (
    id              CHAR(36)       NOT NULL,
    category_code   VARCHAR(12)    NOT NULL,
    region          CHAR(6)        NOT NULL,
    day             DATE           NOT NULL,
    day_count       INT            NOT NULL,
    trailing_days   INT            NOT NULL,
    trailing_count  INT            NOT NULL,
    expected        DECIMAL(12, 4) NOT NULL,
    p_value         DOUBLE         NOT NULL,
    detected_at     TIMESTAMP(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_hotspot_warning (category_code, region, day),
    KEY ix_hotspot_warning_region (region, day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
