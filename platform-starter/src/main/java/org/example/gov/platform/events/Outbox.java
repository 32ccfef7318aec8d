package org.example.gov.platform.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tools.jackson.databind.json.JsonMapper;

/**
 * The only way a service publishes an event: it is written to {@code outbox_event} in the caller's
 * transaction, so it exists exactly when the state change does (no dual write). {@link OutboxRelay}
 * sends it to Kafka after commit; a Kafka outage delays events, it never loses or invents them.
 */
public class Outbox {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final String source;
    private final Clock clock;
    private final OutboxRelay relay;
    private final EventTracing tracing;
    private final EventCounts counts;

    public Outbox(JdbcClient jdbc, JsonMapper json, String source, Clock clock, OutboxRelay relay, EventTracing tracing,
            EventCounts counts) {
        this.jdbc = jdbc;
        this.json = json;
        this.source = source;
        this.clock = clock;
        this.relay = relay;
        this.tracing = tracing;
        this.counts = counts;
    }

    /**
     * Stores an event for {@code topic}; {@code subject} is the aggregate id and becomes the Kafka key so one
     * aggregate's events stay in order. Must run inside the transaction that changes the aggregate. The current trace
     * context is stored with it, so its consumers continue the trace of the request that caused it.
     *
     * @return the event id (CloudEvents {@code id})
     */
    public String publish(String topic, String type, String subject, Object data) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Outbox.publish must run inside the transaction that changes the state");
        }
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        TraceHeaders trace = tracing.current();
        jdbc.sql("""
                INSERT INTO outbox_event (event_id, topic, event_key, event_type, source, subject, occurred_at, payload,
                                          traceparent, tracestate)
                VALUES (:id, :topic, :key, :type, :source, :subject, :occurredAt, :payload, :traceparent, :tracestate)""")
                .param("id", id)
                .param("topic", topic)
                .param("key", subject)
                .param("type", type)
                .param("source", source)
                .param("subject", subject)
                .param("occurredAt", Timestamp.from(now))
                .param("payload", json.writeValueAsString(data))
                .param("traceparent", trace.traceparent())
                .param("tracestate", trace.tracestate())
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                counts.committed(type);
                relay.wakeUp();
            }
        });
        return id;
    }
}
