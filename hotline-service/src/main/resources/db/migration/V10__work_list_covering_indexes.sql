-- Work lists filtered by status or overdue on a million tickets (TicketQueryRepository). The V9 index (status,
-- received_at) found a status's tickets in order but had to read every row to check the scope's region or lead
-- department (4,812 HANDLING rows read for one supervisor's count: 16-21 ms). With the scope columns in the index the
-- check happens inside it (3.4 ms), and the overdue list reads each running status in due order from its own index
-- (count 18 → 4 ms, page 28 → 3 ms). id follows the order column so "received_at DESC, id DESC" needs no sort.
ALTER TABLE ticket
    DROP INDEX ix_ticket_status_received,
    ADD INDEX ix_ticket_status_received (status, received_at, id, region, lead_region, lead_department),
    ADD INDEX ix_ticket_status_due (status, due_at, id, region, lead_region, lead_department);
