package org.example.gov.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.example.gov.launcher.LocalPlatform;
import org.example.gov.launcher.Platform;
import org.example.gov.launcher.PlatformPorts;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.JwtKeys;
import org.example.gov.testsupport.TestTokens;

/**
 * One real platform per test JVM (the jars of this build, MariaDB, Kafka), on free ports and a throwaway
 * data directory, so the end-to-end tests can run beside a developer's local platform.
 */
final class RunningPlatform {

    private static Platform platform;
    private static TestTokens tokens;

    private RunningPlatform() {
    }

    static synchronized Platform get() {
        if (platform == null) {
            Path root = Platform.findRepositoryRoot(Path.of(""));
            Path data;
            try {
                data = Files.createDirectories(root.resolve("e2e-tests/target/platform-" + ProcessHandle.current().pid()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // the scenarios fire hundreds of calls a second from a few users: the limiter stays on with raised quotas
            // (its own behaviour, two replicas sharing one quota, is tested in the gateway module)
            platform = Platform.start(new Platform.Options(root, data, PlatformPorts.free(),
                    Arrays.asList(LocalPlatform.DEFAULT_JVM_OPTIONS.split("\\s+")), Duration.ofMinutes(4),
                    Map.of(Platform.GATEWAY, LocalPlatform.gatewayLimits("bench"))));
            tokens = TestTokens.using(JwtKeys.loadOrCreate(data.resolve("keys")));
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "e2e-platform-stop"));
        }
        return platform;
    }

    /** Tokens of any subject, region, department and roles, signed with the running platform's key and issuer. */
    static String token(String subject, String region, String department, String... roles) {
        get();
        return tokens.mint(subject, platform.issuer(), java.time.Instant.now().plus(Duration.ofHours(1)), region, department,
                roles);
    }

    static Path repositoryRoot() {
        return Platform.findRepositoryRoot(Path.of(""));
    }

    static ApiClient gateway() {
        return new ApiClient(get().gatewayUrl());
    }

    /** A single number from one service's own schema, to prove what was (not) stored. */
    static long count(String schema, String sql, Object... params) {
        String url = get().mariaDb().jdbcUrl(schema);
        try (Connection connection = DriverManager.getConnection(url, get().mariaDb().username(), get().mariaDb().password());
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** A single text value from one service's own schema (null if the row has none), e.g. what a service recorded. */
    static String text(String schema, String sql, Object... params) {
        String url = get().mariaDb().jdbcUrl(schema);
        try (Connection connection = DriverManager.getConnection(url, get().mariaDb().username(), get().mariaDb().password());
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no row: " + sql);
                }
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /**
     * Every cell of every table of one schema that holds one of {@code values} in clear, as "table.column = …" (at
     * most 20): the raw rows, read as a database administrator would.
     */
    static List<String> cellsHolding(String schema, List<String> values) {
        String url = get().mariaDb().jdbcUrl(schema);
        List<String> found = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, get().mariaDb().username(), get().mariaDb().password())) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = connection.createStatement().executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = connection.createStatement().executeQuery("SELECT * FROM `" + table + "`")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next() && found.size() < 20) {
                        for (int c = 1; c <= columns; c++) {
                            String cell = rs.getString(c);
                            if (cell != null && values.stream().anyMatch(cell::contains)) {
                                found.add(schema + "." + table + "." + rs.getMetaData().getColumnName(c) + " = "
                                        + cell.substring(0, Math.min(cell.length(), 160)));
                            }
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading schema " + schema, e);
        }
        return found;
    }

    /** A 承诺件 of 440300 drafted by maintainer1 and published by reviewer1 (four eyes); returns its id. */
    static String publishItem(String code, int legalDays, int promisedDays) {
        return publishItem(code, "市市场监督管理局", legalDays, promisedDays);
    }

    /** The same, for another department of 440300. */
    static String publishItem(String code, String department, int legalDays, int promisedDays) {
        ApiClient gateway = gateway();
        String maintainer = gateway.devToken("maintainer1");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", "食品经营许可证核发");
        body.put("department", department);
        body.put("region", "440300");
        body.put("kind", "PROMISED");
        body.put("legalDays", legalDays);
        body.put("promisedDays", promisedDays);
        String id = gateway.post("/api/catalog/items", maintainer, ApiClient.json(body)).expect(201).text("id");
        gateway.post("/api/catalog/items/" + id + "/review-request", maintainer, null).expect(200);
        gateway.post("/api/catalog/items/" + id + "/publication", gateway.devToken("reviewer1"), null).expect(200);
        return id;
    }
}
