package org.example.gov.platform.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends stored events to Kafka in the order they were stored, as binary-mode CloudEvents (attributes in
 * headers, JSON data in the value, key = subject). Runs on its own thread: woken right after a commit,
 * and every {@code relayInterval} anyway, so events written while Kafka was down go out once it is back.
 *
 * <p>Rows are claimed with {@code FOR UPDATE SKIP LOCKED} under READ COMMITTED, so several replicas share
 * the work and the claim never takes gap locks that would block new inserts. Delivery is at least once:
 * a crash after the send and before the update repeats the event, which consumers skip by event id.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<String, byte[]> kafka;
    private final EventsProperties properties;
    private final EventTracing tracing;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<String, byte[]> kafka,
            EventsProperties properties, EventTracing tracing) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions.getTransactionManager());
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.kafka = kafka;
        this.properties = properties;
        this.tracing = tracing;
    }

    public void wakeUp() {
        wakeUps.release();
    }

    /** Sends one batch; returns how many events were confirmed by Kafka. Public for tests and operators. */
    public int relayBatch() {
        Outcome outcome = transactions.execute(status -> {
            List<OutboxRow> rows = jdbc.sql("""
                    SELECT seq, event_id, topic, event_key, event_type, source, subject, occurred_at, payload,
                           traceparent, tracestate
                    FROM outbox_event WHERE published_at IS NULL ORDER BY seq LIMIT :limit FOR UPDATE SKIP LOCKED""")
                    .param("limit", properties.relayBatchSize())
                    .query((rs, n) -> new OutboxRow(rs.getLong("seq"), rs.getString("event_id"), rs.getString("topic"),
                            rs.getString("event_key"), rs.getString("event_type"), rs.getString("source"),
                            rs.getString("subject"), rs.getTimestamp("occurred_at"), rs.getString("payload"),
                            new TraceHeaders(rs.getString("traceparent"), rs.getString("tracestate"))))
                    .list();
            if (rows.isEmpty()) {
                return new Outcome(0, null);
            }
            List<CompletableFuture<?>> sends = new ArrayList<>(rows.size());
            for (OutboxRow row : rows) {
                try {
                    ProducerRecord<String, byte[]> record = toRecord(row);
                    sends.add(tracing.relay(record, row.trace(), () -> kafka.send(record)));
                } catch (RuntimeException e) {
                    // a send refused on the spot (no metadata within max.block.ms...) counts as a failed send
                    sends.add(CompletableFuture.failedFuture(e));
                    break;
                }
            }
            // Only the unbroken prefix of confirmed sends counts: the rest is sent again, in order, next time.
            int confirmed = 0;
            String error = null;
            for (CompletableFuture<?> send : sends) {
                try {
                    send.get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                    confirmed++;
                } catch (Exception e) {
                    error = rootMessage(e);
                    break;
                }
            }
            if (confirmed > 0) {
                jdbc.sql("UPDATE outbox_event SET published_at = CURRENT_TIMESTAMP(6) WHERE seq IN (:seqs)")
                        .param("seqs", rows.subList(0, confirmed).stream().map(OutboxRow::seq).toList())
                        .update();
            }
            if (error != null) {
                jdbc.sql("UPDATE outbox_event SET attempts = attempts + 1, last_error = :error WHERE seq = :seq")
                        .param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
                        .param("seq", rows.get(confirmed).seq())
                        .update();
            }
            return new Outcome(confirmed, error);
        });
        // Thrown after commit, so the confirmed prefix stays published and the failure stays recorded.
        if (outcome != null && outcome.error() != null) {
            throw new RelayFailed(outcome.confirmed(), outcome.error());
        }
        return outcome == null ? 0 : outcome.confirmed();
    }

    private record Outcome(int confirmed, String error) {
    }

    /** Events stored but not yet confirmed by Kafka (a gauge for dashboards and for tests). */
    public long pending() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL").query(Long.class).single();
    }

    private ProducerRecord<String, byte[]> toRecord(OutboxRow row) {
        CloudEvent event = CloudEventBuilder.v1()
                .withId(row.eventId())
                .withSource(URI.create(row.source()))
                .withType(row.type())
                .withSubject(row.subject())
                .withTime(row.occurredAt().toInstant().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(row.payload().getBytes(StandardCharsets.UTF_8))
                .build();
        return KafkaMessageFactory.createWriter(row.topic(), row.key()).writeBinary(event);
    }

    private void loop() {
        Duration backoff = properties.relayInterval();
        while (running) {
            try {
                wakeUps.tryAcquire(backoff.toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                while (running && relayBatch() == properties.relayBatchSize()) {
                    // a full batch: there may be more waiting
                }
                backoff = properties.relayInterval();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (running) {
                    log.warn("Outbox relay could not publish, will retry: {}", rootMessage(e));
                }
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5) : backoff.multipliedBy(2);
            }
        }
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Start after the web server and Kafka template, stop before them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private record OutboxRow(long seq, String eventId, String topic, String key, String type, String source,
            String subject, Timestamp occurredAt, String payload, TraceHeaders trace) {
    }

    static final class RelayFailed extends RuntimeException {
        RelayFailed(int confirmed, String error) {
            super("sent " + confirmed + " then failed: " + error);
        }
    }
}
