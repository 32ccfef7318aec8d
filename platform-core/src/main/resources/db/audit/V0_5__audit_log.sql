-- The audit trail (ENGINEERING.md §9, issue 12). Entries are written to audit_pending by whoever has something to
-- record (in the business transaction when there is one, so a rolled-back step leaves no "done" entry), and moved in
-- order into audit_log by the chainer, which gives each a sequence number and an SM3 hash over the previous entry's
-- hash and its own fields. audit_chain holds the head of the chain and the anchor left by the last purge.
CREATE TABLE audit_pending (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at    TIMESTAMP(6) NOT NULL,
    kind           VARCHAR(40)  NOT NULL,
    outcome        VARCHAR(20)  NOT NULL,
    actor_id       VARCHAR(100),
    actor_roles    VARCHAR(300),
    actor_region   VARCHAR(12),
    client_address VARCHAR(64),
    request_id     VARCHAR(64),
    action         VARCHAR(200) NOT NULL,
    subject_type   VARCHAR(40),
    subject_id     VARCHAR(100),
    person_index   VARCHAR(64),
    detail         VARCHAR(500)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_log (
    seq            BIGINT       NOT NULL PRIMARY KEY,
    occurred_at    TIMESTAMP(6) NOT NULL,
    kind           VARCHAR(40)  NOT NULL,
    outcome        VARCHAR(20)  NOT NULL,
    actor_id       VARCHAR(100),
    actor_roles    VARCHAR(300),
    actor_region   VARCHAR(12),
    client_address VARCHAR(64),
    request_id     VARCHAR(64),
    action         VARCHAR(200) NOT NULL,
    subject_type   VARCHAR(40),
    subject_id     VARCHAR(100),
    person_index   VARCHAR(64),
    detail         VARCHAR(500),
    prev_hash      CHAR(64)     NOT NULL,
    hash           CHAR(64)     NOT NULL,
    KEY audit_log_time (occurred_at),
    KEY audit_log_person (person_index, occurred_at),
    KEY audit_log_actor (actor_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_chain (
    id          TINYINT  NOT NULL PRIMARY KEY,
    last_seq    BIGINT   NOT NULL,
    last_hash   CHAR(64) NOT NULL,
    anchor_seq  BIGINT   NOT NULL,
    anchor_hash CHAR(64) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO audit_chain (id, last_seq, last_hash, anchor_seq, anchor_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0,
        '0000000000000000000000000000000000000000000000000000000000000000');
