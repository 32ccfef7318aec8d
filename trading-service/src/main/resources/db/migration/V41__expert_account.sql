-- Which login (the token's subject, role EXPERT) is which expert of the pool: linked by trading-centre staff, one
-- account per expert and one expert per account. Scoring knows an expert only through this link.
CREATE TABLE expert_account (
    subject    VARCHAR(100) NOT NULL PRIMARY KEY,
    expert_id  CHAR(36)     NOT NULL,
    linked_by  VARCHAR(100) NOT NULL,
    linked_at  TIMESTAMP(6) NOT NULL,
    UNIQUE KEY uq_expert_account_expert (expert_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
