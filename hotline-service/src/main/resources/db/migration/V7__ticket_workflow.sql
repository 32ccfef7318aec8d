-- The ticket workflow after the reply (issue 13): the centre's review of the reply with the call-back due date, the
-- count of replies sent back, extensions (延期, in the details JSON with the sensitive flag's reason), the sensitive flag
-- (敏感件) supervisors filter on (flagged_sensitive: SENSITIVE is a reserved word in MySQL), and the approaching-deadline
-- warning raised once per deadline.
ALTER TABLE ticket
    ADD COLUMN call_back_due_date DATE    NULL,
    ADD COLUMN reply_send_backs   INT     NOT NULL DEFAULT 0,
    ADD COLUMN flagged_sensitive  BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN approach_warned    BOOLEAN NOT NULL DEFAULT FALSE,
    ADD KEY ix_ticket_approaching (status, approach_warned, due_at),
    ADD KEY ix_ticket_sensitive (flagged_sensitive, region, status);

-- The case (办件) a ticket is about: its number, and whether case-service confirmed it (the rest of the reference is in
-- the details JSON). Unverified references — case-service did not answer at intake — are found by case_verified.
ALTER TABLE ticket
    ADD COLUMN case_number   VARCHAR(32) NULL,
    ADD COLUMN case_verified BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD KEY ix_ticket_case_number (case_number);
