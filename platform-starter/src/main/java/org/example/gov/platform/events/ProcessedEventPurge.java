package org.example.gov.platform.events;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes processed-event ids older than {@code platform.events.processed-retention} (default 7 days), so
 * {@code processed_event} stops growing forever. Every {@code purge-interval} (first run at a random point of the
 * first interval, so replicas do not line up), in batches of {@code purge-batch-size}, each in its own short
 * READ COMMITTED transaction: no gap locks that would hold back the consumers' inserts. Every replica may run it: two
 * replicas deleting the same old rows at once just find less to delete.
 *
 * <p>The trade-off: a redelivery of an event older than the retention is no longer recognised and would be applied
 * again. Keep the retention longer than anything can redeliver: the Kafka topics' {@code retention.ms} (so a consumer
 * group reset cannot reach further back), the outbox relay's catch-up after an outage, and dead-letter replays.
 * The age is measured on the database clock, the clock that wrote {@code processed_at}.
 */
public class ProcessedEventPurge implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProcessedEventPurge.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Duration retention;
    private final Duration interval;
    private final int batchSize;
    private volatile ScheduledExecutorService scheduler;

    public ProcessedEventPurge(JdbcClient jdbc, TransactionTemplate transactions, EventsProperties properties) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions.getTransactionManager());
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.retention = properties.processedRetention();
        this.interval = properties.purgeInterval();
        this.batchSize = properties.purgeBatchSize();
    }

    /** Deletes every expired id, batch by batch; returns how many. Public for tests and operators. */
    public long purge() {
        long total = 0;
        int deleted;
        do {
            deleted = purgeBatch();
            total += deleted;
        } while (deleted == batchSize && !Thread.currentThread().isInterrupted());
        return total;
    }

    /** One batch of at most {@code purge-batch-size} ids. */
    public int purgeBatch() {
        Integer deleted = transactions.execute(status -> jdbc.sql("""
                DELETE FROM processed_event
                WHERE processed_at < CURRENT_TIMESTAMP(6) - INTERVAL :seconds SECOND
                LIMIT :limit""")
                .param("seconds", retention.toSeconds())
                .param("limit", batchSize)
                .update());
        return deleted == null ? 0 : deleted;
    }

    private void purgeQuietly() {
        try {
            long deleted = purge();
            if (deleted > 0) {
                log.info("Purged {} processed-event id(s) older than {}", deleted, retention);
            }
        } catch (TransientDataAccessException e) {
            log.debug("Processed-event purge gave way to another transaction, next run continues: {}", e.toString());
        } catch (RuntimeException e) {
            log.warn("Processed-event purge failed, next run retries: {}", e.toString());
        }
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("processed-event-purge").daemon().factory());
        long period = interval.toMillis();
        scheduler.scheduleWithFixedDelay(this::purgeQuietly, ThreadLocalRandom.current().nextLong(period) + 1, period,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = scheduler;
        if (running != null) {
            running.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
