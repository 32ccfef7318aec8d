-- 重复件: the number of repeat calls merged into a ticket (催单次数), and an index to find a caller's open or recently
-- closed matter of a category by the phone's blind index at intake.
ALTER TABLE ticket ADD COLUMN reminder_count INT NOT NULL DEFAULT 0;
CREATE INDEX ix_ticket_caller_matter ON ticket (caller_phone_index, category_code, status);
