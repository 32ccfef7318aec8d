-- Work lists on a million tickets (TicketQueryRepository): each scope branch reads an index already in list order and
-- stops after the page's window, instead of sorting every ticket of the scope.
--   the centre's and supervisors' region, newest first (the region is a prefix filter on the rows read)
CREATE INDEX ix_ticket_received ON ticket (received_at);
--   the same with a status filter
CREATE INDEX ix_ticket_status_received ON ticket (status, received_at);
--   a lead department's tickets, newest first (equality on both columns, then in order)
CREATE INDEX ix_ticket_lead_received ON ticket (lead_region, lead_department, received_at);
