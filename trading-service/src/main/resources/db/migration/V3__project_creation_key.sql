-- Idempotency-Key of project creation (ENGINEERING.md §6: creates that flaky networks may retry): a retry with the same
-- key by the same creator answers the project the first request created instead of drafting a second one.
CREATE TABLE project_creation_key (
    creator     VARCHAR(64)   NOT NULL,
    idem_key    VARCHAR(100)  NOT NULL,
    project_id  CHAR(36)      NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (creator, idem_key),
    CONSTRAINT fk_project_creation_key_project FOREIGN KEY (project_id) REFERENCES tender_project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
