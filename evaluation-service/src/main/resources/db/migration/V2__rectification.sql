-- 差评整改: one ticket per bad rating, its history, and the appeal flag on the rating
CREATE TABLE rectification_ticket (
    id                   CHAR(36)     NOT NULL,
    rating_id            CHAR(36)     NOT NULL,
    case_id              CHAR(36)     NOT NULL,
    case_number          VARCHAR(32)  NOT NULL,
    level                TINYINT      NOT NULL,
    rater_id             VARCHAR(64)  NOT NULL,
    department           VARCHAR(100) NOT NULL,
    item_code            VARCHAR(64)  NOT NULL,
    opened_at            TIMESTAMP(6) NOT NULL,
    due_date             DATE         NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    status_before_appeal VARCHAR(20)  NULL,
    resolution           VARCHAR(24)  NULL,
    call_back_result     VARCHAR(16)  NULL,
    answer               VARCHAR(16)  NULL,
    reopen_count         TINYINT      NOT NULL DEFAULT 0,
    appeal_count         TINYINT      NOT NULL DEFAULT 0,
    overdue              BOOLEAN      NOT NULL DEFAULT FALSE,
    closed_at            TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_ticket_rating (rating_id),
    KEY ix_ticket_department_status (department, status, opened_at),
    KEY ix_ticket_overdue_scan (overdue, status, due_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rectification_step (
    ticket_id CHAR(36)      NOT NULL,
    seq       INT           NOT NULL,
    action    VARCHAR(32)   NOT NULL,
    actor_id  VARCHAR(64)   NOT NULL,
    role      VARCHAR(32)   NOT NULL,
    at        TIMESTAMP(6)  NOT NULL,
    note      VARCHAR(2000) NULL,
    PRIMARY KEY (ticket_id, seq),
    CONSTRAINT fk_step_ticket FOREIGN KEY (ticket_id) REFERENCES rectification_ticket (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- an upheld appeal keeps the rating in history but out of the bad-review rate
ALTER TABLE rating ADD COLUMN excluded_from_bad_rate BOOLEAN NOT NULL DEFAULT FALSE;
