-- 一件事 applications; their sub-cases are cases with bundle_id = the application's id.
CREATE TABLE bundle_application (
    id           CHAR(36)     NOT NULL,
    bundle_id    CHAR(36)     NOT NULL,
    bundle_code  VARCHAR(64)  NOT NULL,
    bundle_name  VARCHAR(200) NOT NULL,
    region       CHAR(6)      NOT NULL,
    applicant_id VARCHAR(64)  NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    submitted_at TIMESTAMP(6) NOT NULL,
    completed_at TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    KEY ix_bundle_application_applicant (applicant_id, submitted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- local (Asia/Shanghai) dates of submission and decision, so statistics group and compare by the working day
-- without time-zone arithmetic in SQL
ALTER TABLE case_file
    ADD COLUMN submitted_on DATE NULL AFTER submitted_at,
    ADD COLUMN decided_on   DATE NULL AFTER decided_at,
    ADD KEY ix_case_stats (submitted_on, region, department),
    ADD KEY ix_case_results (public_result, decided_on);

UPDATE case_file SET submitted_on = DATE(submitted_at), decided_on = DATE(decided_at);
