-- The service's own copy of item-catalog-service's working-day calendar (platform-starter CalendarReplica): read at
-- start-up, so a restart during a catalogue outage still counts on the calendar it had.
CREATE TABLE calendar_replica_year (
    year_number  INT          NOT NULL PRIMARY KEY,
    document     MEDIUMTEXT   NOT NULL,              -- the year in the holiday-cn format
    fetched_at   TIMESTAMP(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE calendar_replica_closed_day (
    region       CHAR(6)      NOT NULL,
    day_date     DATE         NOT NULL,
    reason       VARCHAR(200) NOT NULL,
    PRIMARY KEY (region, day_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One row: bumped whenever the stored copy changes, so the service's other replicas rebuild theirs.
CREATE TABLE calendar_replica_state (
    id           TINYINT      NOT NULL PRIMARY KEY,
    revision     BIGINT       NOT NULL,
    fingerprint  CHAR(64)     NOT NULL,
    changed_at   TIMESTAMP(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO calendar_replica_state (id, revision, fingerprint, changed_at) VALUES (1, 0, '', CURRENT_TIMESTAMP(6));
