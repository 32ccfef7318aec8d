-- Issue 10: the due date is counted in memory on the calendar replica (no call to item-catalog-service), so a ticket
-- always has one. It is provisional when the count ran through a year whose official schedule is not loaded yet
-- (the weekends-only estimate); it is recomputed with the N the ticket was opened with once the year is loaded.
ALTER TABLE rectification_ticket
    -- N of "due N working days after opening"; 5 = the configured default when the legacy tickets were opened
    ADD COLUMN rectification_working_days SMALLINT NOT NULL DEFAULT 5,
    ADD COLUMN due_date_provisional       BOOLEAN  NOT NULL DEFAULT FALSE,
    DROP KEY ix_ticket_due_date_missing,
    ADD KEY ix_ticket_due_date_provisional (due_date_provisional, id);

-- tickets opened during an old catalogue outage have no due date yet: the recomputation pass gives them theirs
UPDATE rectification_ticket SET due_date_provisional = TRUE WHERE due_date IS NULL;
