package org.example.gov.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class EmbeddedMariaDbTest {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDbTest.class);

    @TempDir
    Path tmp;

    private Path persistentDir;

    @AfterEach
    void removePersistentDir() {
        Infra.deleteQuietly(persistentDir);
    }

    @Test
    void startsCreatesSchemaAndRunsSqlOverJdbc() throws Exception {
        Path dataDir;
        long pid;
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(null, 0)) {
            log.info("MEASURE temporary MariaDB start: {} ms", db.startupTime().toMillis());
            assertThat(db.port()).isPositive();
            assertThat(db.isTemporary()).isTrue();
            assertThat(db.installedSystemTables()).isTrue();
            dataDir = db.dataDir();
            assertThat(db.jdbcUrl("orders")).startsWith("jdbc:mysql://127.0.0.1:" + db.port() + "/orders?createDatabaseIfNotExist=true&useUnicode=true&characterEncoding=utf8&connectionTimeZone=UTC");

            try (Connection c = DriverManager.getConnection(db.jdbcUrl("orders"), db.username(), db.password());
                 Statement s = c.createStatement()) {
                s.execute("CREATE TABLE item (id BIGINT PRIMARY KEY AUTO_INCREMENT, title VARCHAR(100) NOT NULL, at DATETIME(6) NOT NULL)");
                s.execute("INSERT INTO item (title, at) VALUES ('办事指南 ✓', '2025-01-02 03:04:05.123456')");
                try (ResultSet rs = s.executeQuery("SELECT title, at FROM item")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("办事指南 ✓");
                    assertThat(rs.getObject(2, LocalDateTime.class)).isEqualTo(LocalDateTime.of(2025, 1, 2, 3, 4, 5, 123_456_000));
                }
                try (ResultSet rs = s.executeQuery(
                        "SELECT VERSION(), @@character_set_server, @@collation_server, @@time_zone, @@session.time_zone, @@max_connections, @@sql_mode, DATABASE(), @@pid_file")) {
                    rs.next();
                    assertThat(rs.getString(1)).startsWith("11.4");
                    assertThat(rs.getString(2)).isEqualTo("utf8mb4");
                    assertThat(rs.getString(3)).isEqualTo("utf8mb4_unicode_ci");
                    assertThat(rs.getString(4)).isEqualTo("+00:00");
                    log.info("session time zone: {}", rs.getString(5));
                    assertThat(rs.getInt(6)).isEqualTo(500);
                    assertThat(rs.getString(7)).contains("ONLY_FULL_GROUP_BY", "STRICT_TRANS_TABLES");
                    assertThat(rs.getString(8)).isEqualTo("orders");
                    pid = Long.parseLong(Files.readString(Paths.get(rs.getString(9))).trim());
                }
                // timestamps round-trip as UTC instants
                s.execute("CREATE TABLE ts (t TIMESTAMP(3) NOT NULL)");
                try (var ps = c.prepareStatement("INSERT INTO ts VALUES (?)")) {
                    ps.setObject(1, Instant.parse("2025-06-01T12:00:00.250Z").atOffset(ZoneOffset.UTC));
                    ps.executeUpdate();
                }
                try (ResultSet rs = s.executeQuery("SELECT CAST(t AS CHAR) FROM ts")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("2025-06-01 12:00:00.250");
                }
            }
            db.runSql("CREATE DATABASE IF NOT EXISTS made_by_cli; CREATE TABLE made_by_cli.t (v VARCHAR(10)); INSERT INTO made_by_cli.t VALUES ('中文')");
            assertThat(db.runSql("SELECT v FROM made_by_cli.t")).isEqualTo("中文\n");
            try (Connection c = DriverManager.getConnection(db.jdbcUrl("orders"), db.username(), db.password());
                 ResultSet rs = c.createStatement().executeQuery("SELECT v FROM made_by_cli.t")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("中文");
            }
            assertThatThrownBy(() -> db.runSql("SELECT * FROM no_such_schema.t"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("no_such_schema");
            assertThat(ProcessHandle.of(pid)).isPresent();
        }
        // closed: the server process is gone, the port is closed and the temporary data dir is deleted
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(Files.exists(dataDir)).isFalse();
    }

    @Test
    void persistentDataDirSurvivesStopAndStart() throws Exception {
        // deliberately outside java.io.tmpdir and inside it: both must be kept
        persistentDir = Paths.get("target", "mariadb-persistent-" + UUID.randomUUID()).toAbsolutePath();
        assertDataSurvives(persistentDir);
        assertDataSurvives(tmp.resolve("db"));
    }

    private void assertDataSurvives(Path dir) throws Exception {
        int port;
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dir, 0)) {
            log.info("MEASURE persistent MariaDB first start (install): {} ms", db.startupTime().toMillis());
            assertThat(db.installedSystemTables()).isTrue();
            assertThat(db.isTemporary()).isFalse();
            port = db.port();
            try (Connection c = DriverManager.getConnection(db.jdbcUrl("keep"), db.username(), db.password());
                 Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (id INT PRIMARY KEY, v VARCHAR(20))");
                s.execute("INSERT INTO kept VALUES (1, 'still here')");
            }
        }
        assertThat(Infra.isListening(port)).isFalse();
        assertThat(dir.resolve("keep")).isDirectory();

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dir, 0)) {
            log.info("MEASURE persistent MariaDB second start (reuse): {} ms", db.startupTime().toMillis());
            assertThat(db.installedSystemTables()).isFalse();
            try (Connection c = DriverManager.getConnection(db.jdbcUrl("keep"), db.username(), db.password());
                 ResultSet rs = c.createStatement().executeQuery("SELECT v FROM kept WHERE id = 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("still here");
            }
        }
        assertThat(dir.resolve("keep")).isDirectory();
    }

    @Test
    void stopAndRestartKeepPortAndData() throws Exception {
        int port = Infra.freePort();
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(null, port)) {
            assertThat(db.port()).isEqualTo(port);
            try (Connection c = DriverManager.getConnection(db.jdbcUrl("app"), db.username(), db.password())) {
                c.createStatement().execute("CREATE TABLE t (id INT PRIMARY KEY)");
                c.createStatement().execute("INSERT INTO t VALUES (42)");
            }
            db.stop();
            assertThat(db.isRunning()).isFalse();
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl("app"), db.username(), db.password()))
                    .isInstanceOf(SQLException.class);
            db.restart();
            assertThat(db.port()).isEqualTo(port);
            try (Connection c = DriverManager.getConnection(db.jdbcUrl("app"), db.username(), db.password());
                 ResultSet rs = c.createStatement().executeQuery("SELECT id FROM t")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(42);
            }
        }
    }

    @Test
    void rejectsOddSchemaNames() {
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(null, 0)) {
            assertThatThrownBy(() -> db.jdbcUrl("a;b")).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
