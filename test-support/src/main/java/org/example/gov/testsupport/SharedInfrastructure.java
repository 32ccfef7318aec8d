package org.example.gov.testsupport;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One MariaDB and one Kafka broker per JVM, started lazily on first use (temporary data, free ports) and stopped
 * by a JVM shutdown hook that runs after Spring's context-closing hooks. Every test class of a service shares them;
 * separate services' test JVMs get their own.
 * <p>
 * A test that calls {@code kafka().stop()} (or {@code mariaDb().stop()}) must {@code restart()} it before it ends;
 * {@link RealInfrastructureInitializer} also restarts a stopped one before building a new context.
 */
public final class SharedInfrastructure {

    private static final Object MARIADB_LOCK = new Object();
    private static final Object KAFKA_LOCK = new Object();
    private static volatile EmbeddedMariaDb mariaDb;
    private static volatile EmbeddedKafka kafka;

    private SharedInfrastructure() {
    }

    public static EmbeddedMariaDb mariaDb() {
        EmbeddedMariaDb current = mariaDb;
        if (current == null) {
            synchronized (MARIADB_LOCK) {
                current = mariaDb;
                if (current == null) {
                    current = EmbeddedMariaDb.start(null, 0);
                    mariaDb = current;
                }
            }
        }
        return current;
    }

    public static EmbeddedKafka kafka() {
        EmbeddedKafka current = kafka;
        if (current == null) {
            synchronized (KAFKA_LOCK) {
                current = kafka;
                if (current == null) {
                    current = EmbeddedKafka.start(null, 0);
                    kafka = current;
                }
            }
        }
        return current;
    }

    /** Starts whichever of the two is not started yet, both at the same time; returns when both are up. */
    public static void startAll() {
        start(true, true);
    }

    /** Starts the requested ones in parallel (restarting a stopped one); returns when they are up. */
    static void start(boolean withMariaDb, boolean withKafka) {
        CompletableFuture<?> db = withMariaDb
                ? CompletableFuture.runAsync(() -> ensureRunning(mariaDb()), SharedInfrastructure::runOnNewThread)
                : CompletableFuture.completedFuture(null);
        try {
            if (withKafka) {
                ensureRunning(kafka());
            }
        } finally {
            try {
                db.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : e;
            }
        }
    }

    private static void ensureRunning(EmbeddedMariaDb db) {
        if (!db.isRunning()) {
            db.restart();
        }
    }

    private static void ensureRunning(EmbeddedKafka broker) {
        if (!broker.isRunning()) {
            broker.restart();
        }
    }

    private static void runOnNewThread(Runnable task) {
        Thread thread = new Thread(task, "shared-infrastructure-start");
        thread.setDaemon(true);
        thread.start();
    }
}
