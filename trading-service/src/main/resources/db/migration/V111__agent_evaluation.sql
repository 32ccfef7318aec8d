-- The tenderee's evaluation of its agent after a project (credit/AgentEvaluation): one per project (the primary key
-- refuses a second), each criterion in a column so the per-agent count and means are one aggregate query.
CREATE TABLE agent_evaluation (
    project_id      CHAR(36)      NOT NULL PRIMARY KEY,
    agent           VARCHAR(64)   NOT NULL,
    tenderee        VARCHAR(64)   NOT NULL,
    region          CHAR(6)       NOT NULL,
    professionalism TINYINT       NOT NULL,
    compliance      TINYINT       NOT NULL,
    timeliness      TINYINT       NOT NULL,
    service         TINYINT       NOT NULL,
    comment_text    VARCHAR(1000) NULL,
    evaluated_at    TIMESTAMP(6)  NOT NULL,
    INDEX ix_agent_evaluation_agent (agent, region)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
