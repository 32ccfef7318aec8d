-- Bad-behaviour records (credit/CreditRecord): one JSON document per record (facts, period, append-only history of
-- corrections and the revocation) under a row version; the columns beside it are what the evaluation's bar check,
-- the subject lookup and the public list filter on. Nothing is ever deleted.
CREATE TABLE credit_record (
    id           CHAR(36)     NOT NULL PRIMARY KEY,
    subject_kind VARCHAR(16)  NOT NULL,
    subject_id   VARCHAR(100) NOT NULL,
    region       CHAR(6)      NOT NULL,
    bars         BOOLEAN      NOT NULL,
    valid_from   DATE         NOT NULL,
    valid_until  DATE         NOT NULL,
    revoked      BOOLEAN      NOT NULL DEFAULT FALSE,
    recorded_at  TIMESTAMP(6) NOT NULL,
    document     MEDIUMTEXT   NOT NULL,
    row_version  BIGINT       NOT NULL DEFAULT 0,
    INDEX ix_credit_record_subject (subject_id, subject_kind),
    INDEX ix_credit_record_bars (bars, revoked, valid_until)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
