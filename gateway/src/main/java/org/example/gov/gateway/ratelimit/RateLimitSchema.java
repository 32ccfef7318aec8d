package org.example.gov.gateway.ratelimit;

import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;

/**
 * Migrates the gateway's schema (Flyway, {@code classpath:db/migration}) at start, and, when the database is not
 * reachable then, again every {@value #RETRY_SECONDS} s in the background until it succeeds. Boot's own Flyway
 * auto-configuration would instead fail the start: the gateway must start and serve while the limiter's store is
 * down (the limiter fails open until the table exists).
 */
public class RateLimitSchema implements SmartLifecycle {

    static final long RETRY_SECONDS = 10;
    private static final Logger log = LoggerFactory.getLogger(RateLimitSchema.class);

    private final DataSource dataSource;
    private final Scheduler scheduler;
    private volatile boolean migrated;
    private volatile boolean running;
    private volatile Disposable retry;
    private int failures;

    public RateLimitSchema(DataSource dataSource, Scheduler scheduler) {
        this.dataSource = dataSource;
        this.scheduler = scheduler;
    }

    @Override
    public void start() {
        running = true;
        attempt();
    }

    private void attempt() {
        if (!running || migrated) {
            return;
        }
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            migrated = true;
            if (failures > 0) {
                log.info("Rate-limit schema migrated after {} failed attempt(s)", failures);
            }
        } catch (RuntimeException e) {
            // every 6th attempt: one line a minute while the database is away
            if (failures++ % 6 == 0) {
                log.warn("Cannot migrate the rate-limit schema yet (limits are not enforced until it exists); "
                        + "retrying every {} s: {}", RETRY_SECONDS, e.toString());
            }
            retry = scheduler.schedule(this::attempt, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    public boolean isMigrated() {
        return migrated;
    }

    @Override
    public void stop() {
        running = false;
        Disposable pending = retry;
        if (pending != null) {
            pending.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
