-- The W3C trace context of the request that stored the event, so the relay (later, on its own thread) sends it in
-- the Kafka headers and the consumer's work continues the same trace. NULL: stored outside any trace.
ALTER TABLE outbox_event
    ADD COLUMN traceparent VARCHAR(55)  NULL,
    ADD COLUMN tracestate  VARCHAR(512) NULL;
