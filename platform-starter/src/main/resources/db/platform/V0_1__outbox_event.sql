-- Transactional outbox shared by every service (platform-starter). Rows are written in the business
-- transaction and relayed to Kafka in seq order; published rows are kept for audit and replay.
CREATE TABLE outbox_event (
    seq          BIGINT       NOT NULL AUTO_INCREMENT,
    event_id     CHAR(36)     NOT NULL,
    topic        VARCHAR(200) NOT NULL,
    event_key    VARCHAR(200) NOT NULL,
    event_type   VARCHAR(200) NOT NULL,
    source       VARCHAR(200) NOT NULL,
    subject      VARCHAR(200) NOT NULL,
    occurred_at  TIMESTAMP(6) NOT NULL,
    payload      LONGTEXT     NOT NULL,
    published_at TIMESTAMP(6) NULL,
    attempts     INT          NOT NULL DEFAULT 0,
    last_error   VARCHAR(1000) NULL,
    PRIMARY KEY (seq),
    UNIQUE KEY uk_outbox_event_id (event_id),
    KEY ix_outbox_unpublished (published_at, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
