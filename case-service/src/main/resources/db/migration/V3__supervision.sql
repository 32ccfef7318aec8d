-- 电子监察: every raised deadline warning, once per case, kind and reference date (the unique key is the
-- exactly-once guarantee across scans, restarts and replicas).
CREATE TABLE case_warning (
    id                     CHAR(36)     NOT NULL,
    case_id                CHAR(36)     NOT NULL,
    case_number            VARCHAR(32)  NOT NULL,
    kind                   VARCHAR(24)  NOT NULL,
    level                  VARCHAR(16)  NOT NULL,
    reference_date         DATE         NOT NULL,
    remaining_working_days INT          NULL,
    region                 CHAR(6)      NOT NULL,
    department             VARCHAR(100) NOT NULL,
    item_code              VARCHAR(64)  NOT NULL,
    item_name              VARCHAR(200) NOT NULL,
    raised_at              TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_case_warning (case_id, kind, reference_date),
    KEY ix_case_warning_raised (raised_at),
    KEY ix_case_warning_region (region, department, raised_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the case's latest warning, for staff lists filtered by warning level
ALTER TABLE case_file
    ADD COLUMN warning_kind  VARCHAR(24) NULL AFTER delivered_at,
    ADD COLUMN warning_level VARCHAR(16) NULL AFTER warning_kind,
    ADD KEY ix_case_warning_level (warning_level, status);
