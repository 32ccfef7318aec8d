CREATE TABLE case_file (
    id             CHAR(36)     NOT NULL,
    case_number    VARCHAR(32)  NOT NULL,
    query_code     CHAR(6)      NOT NULL,
    item_id        CHAR(36)     NOT NULL,
    item_code      VARCHAR(64)  NOT NULL,
    item_name      VARCHAR(200) NOT NULL,
    item_version   INT          NOT NULL,
    department     VARCHAR(100) NOT NULL,
    region         CHAR(6)      NOT NULL,
    item_kind      VARCHAR(16)  NOT NULL,
    promised_days  INT          NULL,
    applicant_id   VARCHAR(64)  NOT NULL,
    applicant_name VARCHAR(100) NOT NULL,
    channel        VARCHAR(16)  NOT NULL,
    status         VARCHAR(24)  NOT NULL,
    submitted_at   TIMESTAMP(6) NOT NULL,
    accepted_at    TIMESTAMP(6) NULL,
    closed_at      TIMESTAMP(6) NULL,
    row_version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_case_number (case_number),
    KEY ix_case_applicant (applicant_id, submitted_at),
    KEY ix_case_status (status, department)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE case_history (
    seq        BIGINT       NOT NULL AUTO_INCREMENT,
    case_id    CHAR(36)     NOT NULL,
    action     VARCHAR(32)  NOT NULL,
    actor_id   VARCHAR(64)  NOT NULL,
    actor_name VARCHAR(100) NOT NULL,
    actor_role VARCHAR(32)  NOT NULL,
    at         TIMESTAMP(6) NOT NULL,
    note       VARCHAR(1000) NULL,
    PRIMARY KEY (seq),
    KEY ix_case_history_case (case_id, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
