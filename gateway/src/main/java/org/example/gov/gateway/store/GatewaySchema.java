package org.example.gov.gateway.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.example.gov.platform.audit.AuditChainConfiguration;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;

/**
 * Migrates the gateway's schema (Flyway, {@code classpath:db/migration}: the rate limits' buckets and the partner
 * nonces; {@code classpath:db/audit}: the audit trail) at start, and, when the database is not reachable then, again
 * every {@value #RETRY_SECONDS} s in the background until it succeeds. Boot's own Flyway auto-configuration would instead fail the start: the gateway must
 * start and serve while the store is down (the limiter fails open, partner calls get 503 until the tables exist).
 * It runs whether or not the limiter is enabled, because the partner nonces need their table either way. The first
 * retries come quickly (1, 2, 4 s): while the tables are missing partner calls are refused, and a database that was
 * merely slow at start (every service connecting at once) should not cost them 10 s. DDL may take longer than the
 * requests' 2 s socket timeout on a busy server, so the migration's connections get {@value #MIGRATION_TIMEOUT_MILLIS} ms.
 */
public class GatewaySchema implements SmartLifecycle {

    static final long RETRY_SECONDS = 10;
    static final int MIGRATION_TIMEOUT_MILLIS = 60_000;
    private static final Logger log = LoggerFactory.getLogger(GatewaySchema.class);

    private final DataSource dataSource;
    private final Scheduler scheduler;
    private volatile boolean migrated;
    private volatile boolean running;
    private volatile Disposable retry;
    private int failures;

    public GatewaySchema(DataSource dataSource, Scheduler scheduler) {
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
            // the audit trail's tables (platform-core, V0_x) sit below the gateway's own versions: out of order in a
            // schema that existed before them
            Flyway.configure().dataSource(new PatientDataSource(dataSource))
                    .locations("classpath:db/migration", AuditChainConfiguration.MIGRATIONS).outOfOrder(true).load()
                    .migrate();
            migrated = true;
            if (failures > 0) {
                log.info("Gateway schema migrated after {} failed attempt(s)", failures);
            }
        } catch (RuntimeException e) {
            // the first attempts, then every 6th: about one line a minute while the database is away
            long wait = failures < 3 ? 1L << failures : RETRY_SECONDS;
            if (failures < 3 || failures % 6 == 0) {
                log.warn("Cannot migrate the gateway schema yet (rate limits are not enforced and partner calls are "
                        + "refused with 503 until it exists); retrying in {} s: {}", wait, e.toString());
            }
            failures++;
            retry = scheduler.schedule(this::attempt, wait, TimeUnit.SECONDS);
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

    /** The pool's connections with a longer network timeout for the DDL; the pool resets it when they are returned. */
    private static final class PatientDataSource extends DelegatingDataSource {

        PatientDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = super.getConnection();
            connection.setNetworkTimeout(Runnable::run, MIGRATION_TIMEOUT_MILLIS);
            return connection;
        }
    }
}
