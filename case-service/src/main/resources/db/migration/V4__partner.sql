-- Partner cities (跨省通办, DOMAIN.md §4): idempotent forwards, signed callbacks and their delivery log.

-- One row per Idempotency-Key a partner used, written in the transaction that creates the case: a retried forward
-- finds it (same request hash → the same case again; another hash → 422), a concurrent one waits on the key and
-- then fails on it, so a key never makes two cases.
CREATE TABLE partner_request (
    partner_id      VARCHAR(64)  NOT NULL,
    idempotency_key VARCHAR(100) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    case_id         CHAR(36)     NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (partner_id, idempotency_key),
    KEY ix_partner_request_case (case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per transition of a partner's case, written in the transition's transaction (a callback outbox). The
-- dispatcher sends the oldest undelivered row of each case only, so a partner never sees a later change first.
CREATE TABLE partner_callback (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    callback_id     CHAR(36)     NOT NULL,
    partner_id      VARCHAR(64)  NOT NULL,
    case_id         CHAR(36)     NOT NULL,
    action          VARCHAR(32)  NOT NULL,
    body            LONGTEXT     NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(6) NOT NULL,
    delivered_at    TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_partner_callback_id (callback_id),
    KEY ix_partner_callback_due (delivered_at, next_attempt_at),
    KEY ix_partner_callback_case (case_id, delivered_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every delivery attempt, successful or not: what partners (and later supervisors/operators) look at when a
-- callback seems missing.
CREATE TABLE partner_callback_attempt (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    callback_id CHAR(36)      NOT NULL,
    partner_id  VARCHAR(64)   NOT NULL,
    case_id     CHAR(36)      NOT NULL,
    action      VARCHAR(32)   NOT NULL,
    attempt     INT           NOT NULL,
    at          TIMESTAMP(6)  NOT NULL,
    http_status INT           NULL,
    error       VARCHAR(1000) NULL,
    duration_ms BIGINT        NOT NULL,
    PRIMARY KEY (id),
    KEY ix_partner_callback_attempt_partner (partner_id, id),
    KEY ix_partner_callback_attempt_callback (callback_id, attempt)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
