-- The working-day calendar now comes from platform-starter's replica (tables calendar_replica_*): the service's own
-- copy of it goes.
DROP TABLE IF EXISTS calendar_copy;

-- A count that ran into a year whose official schedule was not loaded used the weekends-only estimate: the date says
-- so, and dates_provisional (= a date the system must count again once the year is loaded) is indexed so the recount
-- after a calendar change finds those cases without scanning the table.
ALTER TABLE case_file
    ADD COLUMN pre_review_due_provisional BOOLEAN NOT NULL DEFAULT FALSE AFTER pre_review_due,
    ADD COLUMN due_date_provisional       BOOLEAN NOT NULL DEFAULT FALSE AFTER due_date,
    ADD COLUMN dates_provisional          BOOLEAN NOT NULL DEFAULT FALSE AFTER details,
    ADD KEY ix_case_dates_provisional (dates_provisional, id);

-- a warning computed on a provisional date or count
ALTER TABLE case_warning
    ADD COLUMN provisional BOOLEAN NOT NULL DEFAULT FALSE AFTER remaining_working_days;

-- a system recount of a date (RECOMPUTE_DATES): which date, from what to what, as JSON
ALTER TABLE case_history
    ADD COLUMN recomputed VARCHAR(400) NULL AFTER note;
