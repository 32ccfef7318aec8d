-- The gateway's shared rate-limit state (MySQL 8.4 and MariaDB 11.4): one row per quota that was used recently.
-- tat_micros is the bucket's "theoretical arrival time" (GCRA, epoch microseconds): the bucket is full when it is in
-- the past, empty when it is `burst` intervals ahead of now. Rows whose tat lies well in the past are purged.
CREATE TABLE rate_limit_bucket (
    limit_key  VARCHAR(120) NOT NULL,
    tat_micros BIGINT       NOT NULL,
    PRIMARY KEY (limit_key),
    KEY ix_rate_limit_bucket_tat (tat_micros)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
