-- The expert pool (expert/): one row per expert. Personal data (name, ID number, phone) is SM4-encrypted; the ID
-- number has a blind index (HMAC-SM3) so one person is registered once. The ties that exclude an expert from a lot are
-- plain columns (organisation ids, comma-separated; ids never contain a comma) so a draw over 10,000 experts reads them
-- without decrypting anything.
CREATE TABLE expert (
    id               CHAR(36)      NOT NULL PRIMARY KEY,
    region           VARCHAR(6)    NOT NULL,
    level            VARCHAR(20)   NOT NULL,
    employer         VARCHAR(64)   NULL,
    shareholdings    VARCHAR(4000) NOT NULL DEFAULT '',
    relatives_of     VARCHAR(4000) NOT NULL DEFAULT '',
    staff_region     VARCHAR(6)    NULL,
    staff_department VARCHAR(100)  NULL,
    name_enc         VARCHAR(400)  NOT NULL,
    id_number_enc    VARCHAR(200)  NOT NULL,
    id_number_index  CHAR(64)      NOT NULL,
    phone_enc        VARCHAR(200)  NULL,
    registered_at    TIMESTAMP(6)   NOT NULL,
    row_version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_expert_id_number UNIQUE (id_number_index),
    INDEX ix_expert_region (region, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The specialties of an expert: the draw's pool is the experts of one specialty in a region.
CREATE TABLE expert_specialty (
    specialty VARCHAR(40) NOT NULL,
    expert_id CHAR(36)    NOT NULL,
    PRIMARY KEY (specialty, expert_id),
    INDEX ix_expert_specialty_expert (expert_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Penalties, append-only: an expert under a penalty on the draw date is never drawn.
CREATE TABLE expert_penalty (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    expert_id   CHAR(36)     NOT NULL,
    valid_from  DATE         NOT NULL,
    valid_until DATE         NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    basis       VARCHAR(200) NULL,
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at TIMESTAMP(6)  NOT NULL,
    INDEX ix_expert_penalty_expert (expert_id, valid_until)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
