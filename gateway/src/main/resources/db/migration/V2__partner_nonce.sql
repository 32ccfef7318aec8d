-- Nonces of signed partner requests (MySQL 8.4 and MariaDB 11.4), shared by every gateway replica: the primary key
-- refuses a nonce a partner already used, whichever replica saw it first. expires_at (epoch seconds) is when the
-- request's timestamp leaves the acceptance window on every replica; after that the timestamp alone refuses a replay
-- and the row is purged. Binary collation: nonces are case-sensitive.
CREATE TABLE partner_nonce (
    partner_id VARCHAR(64) NOT NULL,
    nonce      VARCHAR(64) NOT NULL,
    expires_at BIGINT      NOT NULL,
    PRIMARY KEY (partner_id, nonce),
    KEY ix_partner_nonce_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
