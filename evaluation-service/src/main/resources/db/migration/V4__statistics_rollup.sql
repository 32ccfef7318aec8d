-- 好差评 statistics: a daily rollup that stays exact (StatisticsRollup writes it, StatisticsService reads it).
--
-- A day's figures are rolled up from the base tables into stats_day; a report reads the days whose rollup is still
-- exact from there and aggregates every other day live. "Still exact" is decided by stats_change: every write to a
-- base table leaves a mark "day D changed" for the Beijing day of the row's statistics time, written by a trigger in
-- the writer's own transaction, so a mark is exactly as visible as the change it stands for (committed together,
-- rolled back together) and no Java write site (ratings, expiry scans, ticket steps, appeals, the demo loader, a
-- manual fix in SQL) can forget it. The roll-up deletes only the marks it has seen in its snapshot: a change it did
-- not see keeps its mark and the day is aggregated live until it is rolled again.
--
-- The day is computed from the epoch seconds (UNIX_TIMESTAMP of a TIMESTAMP column is the stored UTC value), not
-- from the column's value + 8 hours: that value is shown in the session's time zone, so a session not in UTC (a
-- mysql client on a server set to +08:00) would otherwise mark the wrong day for 8 hours of every day.
-- '1970-01-01 08:00:00' is the Beijing wall clock at epoch 0 (China has had no daylight saving time since 1991);
-- whole seconds (FLOOR) because a day starts on a whole second, and MySQL and MariaDB agree on integer intervals.
-- Each trigger is a single statement, so Flyway reads it without DELIMITER, and an INSERT ... VALUES: an
-- INSERT ... SELECT would take the table-level AUTO-INC lock of stats_change until the end of the writer's statement
-- (innodb_autoinc_lock_mode 1, MariaDB's default) and deadlock writers against each other (seen: the overdue scan
-- against a bulk load of tickets). So an UPDATE marks the new and the old day both, the same day twice as a rule.

CREATE TABLE stats_change (
    id  BIGINT NOT NULL AUTO_INCREMENT,
    day DATE   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_stats_change_day (day, id)
) ENGINE = InnoDB;

-- a day that has been rolled up (rolled_at NULL: registered, never rolled); its row is the day's lock for the roll-up
CREATE TABLE stats_rolled_day (
    day       DATE         NOT NULL,
    rolled_at TIMESTAMP(6) NULL,
    PRIMARY KEY (day)
) ENGINE = InnoDB;

-- One row per dimension (DEPARTMENT, HALL, ITEM, STAFF, CHANNEL; MONTH is read from the DEPARTMENT rows, every
-- source row has a department), day, region and group key k. k can be NULL (the hall of an online rating, an
-- unknown staff member), so it cannot be in the primary key: seq numbers the groups of a (dimension, day, region)
-- and the key clusters a period's rows of one dimension together (one range scan). Ratings are kept per level
-- (without upheld appeals) so whether level 3 is good is decided per region when the report is read.
CREATE TABLE stats_day (
    dimension   VARCHAR(16)  NOT NULL,
    day         DATE         NOT NULL,
    region      CHAR(6)      NOT NULL,
    seq         INT          NOT NULL,
    k           VARCHAR(100) NULL,
    services    INT          NOT NULL,
    rated       INT          NOT NULL,
    expired     INT          NOT NULL,
    ratings     INT          NOT NULL,
    excluded    INT          NOT NULL,
    level1      INT          NOT NULL,
    level2      INT          NOT NULL,
    level3      INT          NOT NULL,
    level4      INT          NOT NULL,
    level5      INT          NOT NULL,
    tickets     INT          NOT NULL,
    due         INT          NOT NULL,
    on_time     INT          NOT NULL,
    called_back INT          NOT NULL,
    PRIMARY KEY (dimension, day, region, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER tr_invitation_stats_ai AFTER INSERT ON invitation FOR EACH ROW
    INSERT INTO stats_change (day)
    VALUES (DATE('1970-01-01 08:00:00' + INTERVAL FLOOR(UNIX_TIMESTAMP(NEW.opened_at)) SECOND));
CREATE TRIGGER tr_invitation_stats_au AFTER UPDATE ON invitation FOR EACH ROW
    INSERT INTO stats_change (day)
    VALUES (DATE('1970-01-01 08:00:00' + INTERVAL FLOOR(UNIX_TIMESTAMP(NEW.opened_at)) SECOND)),
           (DATE('1970-01-01 08:00:00' + INTERVAL FLOOR(UNIX_TIMESTAMP(OLD.opened_at)) SECOND));
CREATE TRIGGER tr_invitation_stats_ad AFTER DELETE ON invitation FOR EACH ROW
    INSERT INTO stats_change (day)
    VALUES (DATE('1970-01-01 08:00:00' + INTERVAL FLOOR(UNIX_TIMESTAMP(OLD.opened_at)) SECOND));

CREATE TRIGGER tr_occurrence_stats_ai AFTER INSERT ON service_occurrence FOR EACH ROW
    INSERT INTO stats_change (day)
    VALUES (DATE('1970-01-01 08:00:00' + INTERVAL FLOOR(UNIX_TIMESTAMP(NEW.opened_at)) SECOND));
CREATE TRIGGER tr_occurrence_stats_au AFTER UPDATE ON service_occurrence FOR EACH ROW
    INSERT INTO stats_change (day)
    VALUES (DATE('1970-01-01 08:00:00' + INTERVAL FLOOR(UNIX_TIMESTAMP(NEW.opened_at)) SECOND)),
           (DATE('1970-01-01 08:00:00' + INTERVAL FLOOR(UNIX_TIMESTAMP(OLD.opened_at)) SECOND));
CREATE TRIGGER tr_occurrence_stats_ad AFTER DELETE ON service_occurrence FOR EACH ROW
    INSERT INTO stats_change (day)
    VALUES (DATE('1970-01-01 08:00:00' + INTERVAL FLOOR(UNIX_TIMESTAMP(OLD.opened_at)) SECOND));

CREATE TRIGGER tr_rating_stats_ai AFTER INSERT ON rating FOR EACH ROW
    INSERT INTO stats_change (day)
    VALUES (DATE('1970-01-01 08:00:00' + INTERVAL FLOOR(UNIX_TIMESTAMP(NEW.rated_at)) SECOND));
CREATE TRIGGER tr_rating_stats_au AFTER UPDATE ON rating FOR EACH ROW
    INSERT INTO stats_change (day)
    VALUES (DATE('1970-01-01 08:00:00' + INTERVAL FLOOR(UNIX_TIMESTAMP(NEW.rated_at)) SECOND)),
           (DATE('1970-01-01 08:00:00' + INTERVAL FLOOR(UNIX_TIMESTAMP(OLD.rated_at)) SECOND));
CREATE TRIGGER tr_rating_stats_ad AFTER DELETE ON rating FOR EACH ROW
    INSERT INTO stats_change (day)
    VALUES (DATE('1970-01-01 08:00:00' + INTERVAL FLOOR(UNIX_TIMESTAMP(OLD.rated_at)) SECOND));

CREATE TRIGGER tr_ticket_stats_ai AFTER INSERT ON rectification_ticket FOR EACH ROW
    INSERT INTO stats_change (day)
    VALUES (DATE('1970-01-01 08:00:00' + INTERVAL FLOOR(UNIX_TIMESTAMP(NEW.opened_at)) SECOND));
CREATE TRIGGER tr_ticket_stats_au AFTER UPDATE ON rectification_ticket FOR EACH ROW
    INSERT INTO stats_change (day)
    VALUES (DATE('1970-01-01 08:00:00' + INTERVAL FLOOR(UNIX_TIMESTAMP(NEW.opened_at)) SECOND)),
           (DATE('1970-01-01 08:00:00' + INTERVAL FLOOR(UNIX_TIMESTAMP(OLD.opened_at)) SECOND));
CREATE TRIGGER tr_ticket_stats_ad AFTER DELETE ON rectification_ticket FOR EACH ROW
    INSERT INTO stats_change (day)
    VALUES (DATE('1970-01-01 08:00:00' + INTERVAL FLOOR(UNIX_TIMESTAMP(OLD.opened_at)) SECOND));

-- the days that already have data: the first roll-ups take them over
INSERT INTO stats_change (day)
SELECT DISTINCT DATE('1970-01-01 08:00:00' + INTERVAL FLOOR(UNIX_TIMESTAMP(opened_at)) SECOND) FROM invitation
UNION
SELECT DISTINCT DATE('1970-01-01 08:00:00' + INTERVAL FLOOR(UNIX_TIMESTAMP(opened_at)) SECOND)
FROM service_occurrence
UNION
SELECT DISTINCT DATE('1970-01-01 08:00:00' + INTERVAL FLOOR(UNIX_TIMESTAMP(rated_at)) SECOND) FROM rating
UNION
SELECT DISTINCT DATE('1970-01-01 08:00:00' + INTERVAL FLOOR(UNIX_TIMESTAMP(opened_at)) SECOND)
FROM rectification_ticket;
