CREATE TABLE invitation (
    id           CHAR(36)     NOT NULL,
    case_id      CHAR(36)     NOT NULL,
    case_number  VARCHAR(32)  NOT NULL,
    stage        VARCHAR(16)  NOT NULL,
    applicant_id VARCHAR(64)  NOT NULL,
    item_code    VARCHAR(64)  NOT NULL,
    item_name    VARCHAR(200) NOT NULL,
    department   VARCHAR(100) NOT NULL,
    region       CHAR(6)      NOT NULL,
    opened_at    TIMESTAMP(6) NOT NULL,
    expires_at   TIMESTAMP(6) NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_invitation_case_stage (case_id, stage),
    KEY ix_invitation_applicant (applicant_id, opened_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rating (
    id            CHAR(36)      NOT NULL,
    invitation_id CHAR(36)      NOT NULL,
    case_id       CHAR(36)      NOT NULL,
    case_number   VARCHAR(32)   NOT NULL,
    stage         VARCHAR(16)   NOT NULL,
    level         TINYINT       NOT NULL,
    tags          VARCHAR(400)  NOT NULL,
    comment       VARCHAR(1000) NULL,
    channel       VARCHAR(16)   NOT NULL,
    rater_id      VARCHAR(64)   NOT NULL,
    department    VARCHAR(100)  NOT NULL,
    item_code     VARCHAR(64)   NOT NULL,
    rated_at      TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_rating_case_stage (case_id, stage),
    KEY ix_rating_department_time (department, rated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
