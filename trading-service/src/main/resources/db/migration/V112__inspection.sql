-- 双随机一公开 (inspection/): the inspector list per region, and the random inspections with their draw record and
-- published results (one JSON document per plan, read and written whole under its row version). An inspector removed
-- from the list stays (inactive): the draws that drew them still name them.
CREATE TABLE inspector (
    id           CHAR(36)      NOT NULL PRIMARY KEY,
    region       CHAR(6)       NOT NULL,
    account      VARCHAR(100)  NOT NULL,
    department   VARCHAR(100)  NOT NULL,
    organisation VARCHAR(100)  NULL,
    ties         TEXT          NOT NULL,
    active       BOOLEAN       NOT NULL,
    added_by     VARCHAR(100)  NOT NULL,
    added_at     TIMESTAMP(6)  NOT NULL,
    UNIQUE KEY ux_inspector_region_account (region, account)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE inspection_plan (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    region      CHAR(6)      NOT NULL,
    drawn_at    TIMESTAMP(6) NOT NULL,
    document    MEDIUMTEXT   NOT NULL,
    row_version BIGINT       NOT NULL DEFAULT 0,
    INDEX ix_inspection_plan_drawn (drawn_at),
    INDEX ix_inspection_plan_region (region, drawn_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
