-- Partners' Idempotency-Keys expire (issue 12, platform.cases.partner-idempotency.retention, default 7 days): the
-- purge deletes the oldest rows in small batches by created_at.
CREATE INDEX ix_partner_request_created ON partner_request (created_at);
