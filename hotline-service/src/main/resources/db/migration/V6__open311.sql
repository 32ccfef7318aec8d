-- Open311 GeoReport v2 (open311/). When a ticket last changed, for updated_datetime and the updated_after/updated_before
-- extension: kept by TicketRepository from each step's history entry; existing rows take their last history entry.
-- NULL only for rows written without it (read as received_at).
ALTER TABLE ticket ADD COLUMN updated_at TIMESTAMP(6) NULL;
UPDATE ticket t SET updated_at = COALESCE((SELECT MAX(h.at) FROM ticket_history h WHERE h.ticket_id = t.id), t.received_at);

-- The Open311 list reads ids from one of these, newest first, then joins the page's rows (Open311RequestRepository):
-- the filters (region prefix = jurisdiction_id, category_code = service_code, status = open/closed) are columns of the
-- index, so a page is found without touching the table and its order (time DESC, id DESC) is the index's.
--   requested window (start_date/end_date, the default last 90 days) → ix_ticket_open311_received
--   updated window (updated_after/updated_before)                     → ix_ticket_open311_updated
--   one service_code inside a window                                  → ix_ticket_open311_category
--   service_request_id list                                           → uk_ticket_number
CREATE INDEX ix_ticket_open311_received ON ticket (received_at, id, region, category_code, status);
CREATE INDEX ix_ticket_open311_updated ON ticket (updated_at, id, region, category_code, status);
CREATE INDEX ix_ticket_open311_category ON ticket (category_code, received_at, id, region, status);

-- The apps and partners allowed to POST requests: each api_key only as its SHA-256 (hex), with the client it belongs to.
-- Rows come from configuration (platform.hotline.open311.clients) at start-up; a key no longer configured is
-- deactivated, never deleted, so a ticket's client stays known.
CREATE TABLE open311_api_key (
    key_sha256  CHAR(64)     NOT NULL,
    client_id   VARCHAR(64)  NOT NULL,
    client_kind VARCHAR(16)  NOT NULL,
    client_name VARCHAR(100) NOT NULL,
    active      BOOLEAN      NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (key_sha256),
    KEY ix_open311_api_key_client (client_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A ticket filed through Open311: the client, the token (GET tokens/{token}), the service's attributes as submitted,
-- the media URL, and the e-mail address (personal data: SM4-GCM ciphertext like the caller, never returned).
CREATE TABLE open311_request (
    ticket_id    CHAR(36)      NOT NULL,
    client_id    VARCHAR(64)   NOT NULL,
    token        CHAR(36)      NOT NULL,
    attributes   JSON          NOT NULL,
    media_url    VARCHAR(1000) NULL,
    email        VARCHAR(500)  NULL,
    device_id    VARCHAR(100)  NULL,
    account_id   VARCHAR(100)  NULL,
    created_at   TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (ticket_id),
    UNIQUE KEY uk_open311_request_token (token)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
