-- A lot's evaluation (scoring/LotEvaluation): the method set before the opening and the committee's findings (SME bids,
-- invalid bids, explanations of abnormally low prices) and, once completed, the report — one JSON document read and
-- written whole under the row version.
CREATE TABLE lot_evaluation (
    lot_id       CHAR(36)     NOT NULL PRIMARY KEY,
    project_id   CHAR(36)     NOT NULL,
    document     MEDIUMTEXT   NOT NULL,
    completed_at TIMESTAMP(6) NULL,
    row_version  BIGINT       NOT NULL DEFAULT 0,
    INDEX ix_lot_evaluation_project (project_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Every score an expert gave online, append-only: a correction is a newer row (the latest per expert, bid and
-- criterion counts). A replaced expert's rows stay, void: the computation counts only the experts seated now.
CREATE TABLE evaluation_score (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    lot_id     CHAR(36)      NOT NULL,
    expert_id  CHAR(36)      NOT NULL,
    bid_id     VARCHAR(64)   NOT NULL,
    criterion  VARCHAR(20)   NOT NULL,
    points     DECIMAL(7, 2) NOT NULL,
    scored_at  TIMESTAMP(6)  NOT NULL,
    INDEX ix_evaluation_score_lot (lot_id, expert_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
