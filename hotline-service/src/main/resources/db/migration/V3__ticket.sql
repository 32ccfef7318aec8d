-- Tickets (工单). Queried fields are columns; attachments, the emergency hand-off, returns, replies and call-backs
-- travel in the details JSON. The caller's name and phone are personal data: SM4-GCM ciphertext (v1:<keyId>:...), the
-- phone also as its HMAC-SM3 blind index to find a caller's tickets without decrypting any row.
CREATE TABLE ticket (
    id                 CHAR(36)      NOT NULL,
    ticket_number      VARCHAR(32)   NOT NULL,
    channel            VARCHAR(24)   NOT NULL,
    type               VARCHAR(16)   NOT NULL,
    category_code      VARCHAR(12)   NOT NULL,
    region             CHAR(6)       NOT NULL,
    address            VARCHAR(300)  NOT NULL,
    latitude           DECIMAL(9, 6) NULL,
    longitude          DECIMAL(9, 6) NULL,
    urgency            VARCHAR(16)   NOT NULL,
    description        TEXT          NOT NULL,
    caller_name        VARCHAR(500)  NULL,
    caller_phone       VARCHAR(200)  NOT NULL,
    caller_phone_index CHAR(64)      NOT NULL,
    confidential       BOOLEAN       NOT NULL,
    caller_id          VARCHAR(64)   NULL,
    status             VARCHAR(24)   NOT NULL,
    status_before_return VARCHAR(24) NULL,
    lead_region        CHAR(6)       NULL,
    lead_department    VARCHAR(100)  NULL,
    coordinated        BOOLEAN       NOT NULL DEFAULT FALSE,
    dispatched_at      TIMESTAMP(6)  NULL,
    sign_due_at        TIMESTAMP(6)  NULL,
    signed_at          TIMESTAMP(6)  NULL,
    sign_reminded_at   TIMESTAMP(6)  NULL,
    clock_started_at   TIMESTAMP(6)  NULL,
    clock_working_days INT           NULL,
    due_at             TIMESTAMP(6)  NULL,
    due_date           DATE          NULL,
    due_provisional    BOOLEAN       NOT NULL DEFAULT FALSE,
    supervised         BOOLEAN       NOT NULL DEFAULT FALSE,
    sign_reminders     INT           NOT NULL DEFAULT 0,
    overdue_flagged    BOOLEAN       NOT NULL DEFAULT FALSE,
    return_count       INT           NOT NULL DEFAULT 0,
    redo_count         INT           NOT NULL DEFAULT 0,
    received_at        TIMESTAMP(6)  NOT NULL,
    closed_at          TIMESTAMP(6)  NULL,
    details            JSON          NOT NULL,
    row_version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_ticket_number (ticket_number),
    KEY ix_ticket_region_status (region, status, received_at),
    KEY ix_ticket_lead (lead_region, lead_department, status),
    KEY ix_ticket_caller_phone (caller_phone_index),
    KEY ix_ticket_caller_id (caller_id, received_at),
    KEY ix_ticket_sign_due (status, sign_due_at),
    KEY ix_ticket_due (status, overdue_flagged, due_at),
    KEY ix_ticket_due_provisional (due_provisional, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The assisting departments (协办) of the current dispatch, as rows so that work lists are scoped in SQL.
CREATE TABLE ticket_assist (
    ticket_id  CHAR(36)     NOT NULL,
    region     CHAR(6)      NOT NULL,
    department VARCHAR(100) NOT NULL,
    PRIMARY KEY (ticket_id, region, department),
    KEY ix_ticket_assist_department (region, department)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only: rows are inserted by each step and never updated or deleted.
CREATE TABLE ticket_history (
    seq         BIGINT        NOT NULL AUTO_INCREMENT,
    ticket_id   CHAR(36)      NOT NULL,
    action      VARCHAR(32)   NOT NULL,
    actor_id    VARCHAR(64)   NOT NULL,
    actor_name  VARCHAR(100)  NOT NULL,
    actor_role  VARCHAR(32)   NOT NULL,
    from_status VARCHAR(24)   NULL,
    to_status   VARCHAR(24)   NOT NULL,
    at          TIMESTAMP(6)  NOT NULL,
    note        VARCHAR(1000) NULL,
    PRIMARY KEY (seq),
    KEY ix_ticket_history_ticket (ticket_id, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
