-- ix_ticket_received_lead (received_at, id, lead_region, lead_department) served the led-tickets branch of the
-- newest-first work list when it read all stages at once (V9). That branch now reads one led stage at a time from
-- ix_ticket_status_received (V10, TicketQueryRepository.Branch), and no other query starts with received_at and filters
-- on the lead columns (the statistics read ix_ticket_statistics, Open311 ix_ticket_open311_received). MariaDB's
-- index statistics (userstat) counted no read of it while the work lists of a supervisor, a department and the centre,
-- every filter, Open311 lists, hotspots, duplicates, intake and the supervision scans ran on 1.28 million tickets. It
-- only cost every intake and every dispatch one more index write. (Issue 13: the ticket table's indexes.)
ALTER TABLE ticket DROP INDEX IF EXISTS ix_ticket_received_lead;
