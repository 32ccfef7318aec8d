-- Wrong query codes per case number asked for (existing or not, so a lockout reveals nothing), for the lockout of the
-- public progress query (query/ProgressQueryLockout). Rows of numbers nobody guesses any more are purged.
CREATE TABLE progress_query_attempt (
    case_number      VARCHAR(17)  NOT NULL PRIMARY KEY,
    failures         INT          NOT NULL,
    last_failure_at  TIMESTAMP(6) NOT NULL,
    locked_until     TIMESTAMP(6) NULL,
    KEY idx_progress_query_attempt_last (last_failure_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
