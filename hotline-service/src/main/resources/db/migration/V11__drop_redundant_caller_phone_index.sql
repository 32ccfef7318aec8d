-- ix_ticket_caller_phone (caller_phone_index) is the leftmost part of ix_ticket_caller_matter (caller_phone_index,
-- category_code, status), which serves every query by the caller's phone (the repeat-call checks at intake); the
-- shorter one only cost every intake and every status change one more index write. (Issue 13: the ticket table's indexes.)
ALTER TABLE ticket DROP INDEX ix_ticket_caller_phone;
