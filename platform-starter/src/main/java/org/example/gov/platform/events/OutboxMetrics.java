package org.example.gov.platform.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox as an operator watches it: {@code platform_outbox_pending} (events stored and not yet confirmed by Kafka)
 * and {@code platform_outbox_oldest_pending_age_seconds} (how long the oldest of them has waited). A backlog that only
 * grows, or an age beyond a few seconds, means Kafka is away or one event is refused and holds the queue behind it
 * ({@code outbox_event.last_error} says why). Read at each scrape, from the relay's own index; NaN while the database
 * cannot be reached (the readiness probe reports that).
 */
public class OutboxMetrics implements MeterBinder {

    static final String PENDING = "platform.outbox.pending";
    static final String OLDEST_PENDING_AGE = "platform.outbox.oldest.pending.age";

    private final JdbcClient jdbc;
    private final Clock clock;

    public OutboxMetrics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(PENDING, this, OutboxMetrics::pending)
                .description("Events stored in the outbox and not yet confirmed by Kafka")
                .register(registry);
        TimeGauge.builder(OLDEST_PENDING_AGE, this, TimeUnit.SECONDS, OutboxMetrics::oldestPendingAgeSeconds)
                .description("How long the oldest event not yet confirmed by Kafka has waited (0 when none waits)")
                .register(registry);
    }

    double pending() {
        try {
            return jdbc.sql("SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL").query(Long.class).single();
        } catch (DataAccessException e) {
            return Double.NaN;
        }
    }

    double oldestPendingAgeSeconds() {
        try {
            return jdbc.sql("SELECT occurred_at FROM outbox_event WHERE published_at IS NULL ORDER BY seq LIMIT 1")
                    .query(Timestamp.class).optional()
                    .map(oldest -> Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toMillis() / 1000.0))
                    .orElse(0.0);
        } catch (DataAccessException e) {
            return Double.NaN;
        }
    }
}
