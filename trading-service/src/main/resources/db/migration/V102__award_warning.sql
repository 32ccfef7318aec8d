-- The award's supervision warnings that are raised once per lot (award/AwardService#warnPublicityDue): the primary key
-- makes a second replica's or a second tick's insert a no-op, so the event goes out once.
CREATE TABLE award_warning (
    lot_id    CHAR(36)     NOT NULL,
    kind      VARCHAR(32)  NOT NULL,
    raised_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (lot_id, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
