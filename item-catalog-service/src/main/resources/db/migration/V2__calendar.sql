-- The working-day calendar: one row per loaded year (an operator's load or the bundled official default), the
-- dates of that year that differ from Monday-Friday, and per-region extra closed days of the service halls.

CREATE TABLE calendar_year (
    year_number INT          NOT NULL,
    source      VARCHAR(16)  NOT NULL,  -- DEFAULT (bundled official file) or OPERATOR (loaded through the API)
    loaded_by   VARCHAR(100) NULL,
    loaded_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (year_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE calendar_day (
    day_date    DATE         NOT NULL,
    year_number INT          NOT NULL,
    off_day     BOOLEAN      NOT NULL,  -- true: statutory holiday / day off; false: adjusted working day (调休上班)
    name        VARCHAR(100) NOT NULL,
    PRIMARY KEY (day_date),
    KEY ix_calendar_day_year (year_number),
    CONSTRAINT fk_calendar_day_year FOREIGN KEY (year_number) REFERENCES calendar_year (year_number) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE calendar_closed_day (
    region     CHAR(6)      NOT NULL,
    day_date   DATE         NOT NULL,
    reason     VARCHAR(200) NOT NULL,
    updated_by VARCHAR(100) NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (region, day_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Bumped by every calendar change, in the same transaction. Writers lock this row first (so calendar changes are
-- serialized); every replica compares it with the revision of its in-memory calendar and reloads when it moved.
CREATE TABLE calendar_revision (
    id       TINYINT NOT NULL,
    revision BIGINT  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO calendar_revision (id, revision) VALUES (1, 0);
