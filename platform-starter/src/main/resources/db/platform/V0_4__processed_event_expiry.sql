-- Processed-event ids expire (ProcessedEventPurge): the purge walks this index instead of the whole table.
CREATE INDEX ix_processed_event_processed_at ON processed_event (processed_at);
