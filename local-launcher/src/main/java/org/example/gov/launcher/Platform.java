package org.example.gov.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.example.gov.testsupport.EmbeddedKafka;
import org.example.gov.testsupport.EmbeddedMariaDb;
import org.example.gov.testsupport.JwtKeys;

/**
 * The whole platform on one machine: MariaDB and Kafka in this JVM (MariaDB's mysqld as a child process),
 * the five services and the gateway as separate JVMs started from their jars. Used by the local run
 * ({@link LocalPlatform}) and by the end-to-end tests, which need to stop and restart parts of it.
 */
public final class Platform implements AutoCloseable {

    public static final String GATEWAY = "gateway";
    public static final String CATALOG = "item-catalog-service";
    public static final String CASES = "case-service";
    public static final String EVALUATION = "evaluation-service";
    public static final String TRADING = "trading-service";
    public static final String HOTLINE = "hotline-service";

    /**
     * @param dataDir MariaDB data, Kafka logs, keys and service logs; kept between runs
     * @param jvmOptions options for every service JVM
     * @param serviceEnvironment extra environment per service name, e.g. the local run's demo-data switches
     */
    public record Options(Path repositoryRoot, Path dataDir, PlatformPorts ports, List<String> jvmOptions,
            Duration readyTimeout, Map<String, Map<String, String>> serviceEnvironment) {

        public Options {
            serviceEnvironment = serviceEnvironment == null ? Map.of() : Map.copyOf(serviceEnvironment);
        }

        public Options(Path repositoryRoot, Path dataDir, PlatformPorts ports, List<String> jvmOptions,
                Duration readyTimeout) {
            this(repositoryRoot, dataDir, ports, jvmOptions, readyTimeout, Map.of());
        }
    }

    private final Options options;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private EmbeddedMariaDb mariaDb;
    private EmbeddedKafka kafka;
    private Duration startupTime;

    private Platform(Options options) {
        this.options = options;
    }

    public static Platform start(Options options) {
        Platform platform = new Platform(options);
        try {
            platform.startAll();
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    private void startAll() {
        Instant begin = Instant.now();
        Path data = options.dataDir();
        PlatformPorts ports = options.ports();
        for (int port : List.of(ports.mariaDb(), ports.kafka())) {
            if (PlatformPorts.inUse(port)) {
                throw new IllegalStateException("Port " + port + " is already in use: is another platform running?");
            }
        }
        // Infrastructure first, in parallel: both take a few seconds and are independent. New threads (not the
        // common pool) so they inherit this thread's class loader: Kafka loads its classes by name through it,
        // and inside the launcher's executable jar only that loader sees them.
        JwtKeys keys;
        try (ExecutorService starter = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory())) {
            Future<EmbeddedMariaDb> db = starter.submit(() -> EmbeddedMariaDb.start(data.resolve("mariadb"), ports.mariaDb()));
            Future<EmbeddedKafka> broker = starter.submit(() -> EmbeddedKafka.start(data.resolve("kafka"), ports.kafka()));
            keys = JwtKeys.loadOrCreate(data.resolve("keys"));
            mariaDb = await(db);
            kafka = await(broker);
        }

        Map<String, String> common = new LinkedHashMap<>();
        common.put("DB_HOST", "127.0.0.1");
        common.put("DB_PORT", Integer.toString(mariaDb.port()));
        common.put("DB_USER", mariaDb.username());
        common.put("DB_PASSWORD", mariaDb.password());
        common.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        common.put("JWT_ISSUER", issuer());
        common.put("JWT_PUBLIC_KEY_LOCATION", "file:" + keys.publicKeyPem().toAbsolutePath());
        // personal-data keys (SM4, blind index) of this run, shared by every service that holds personal data, made on
        // first use next to the JWT keys; a key file for every service, whatever its profiles (production: environment)
        common.put("PLATFORM_PERSONAL_DATA_KEY_SOURCE", "file");
        // every trace kept in the local run (production samples 10%); TRACING_SAMPLING=0.1 for benchmarks
        common.put("TRACING_SAMPLING", System.getenv().getOrDefault("TRACING_SAMPLING", "1.0"));
        common.put("PLATFORM_PERSONAL_DATA_KEY_FILE", data.resolve("keys").resolve("personal-data.properties")
                .toAbsolutePath().toString());
        common.put("CATALOG_URL", url(ports.catalog()));
        common.put("CASE_URL", url(ports.cases()));
        common.put("EVALUATION_URL", url(ports.evaluation()));
        common.put("TRADING_URL", url(ports.trading()));
        common.put("HOTLINE_URL", url(ports.hotline()));

        // the gateway gets the DB_* settings too: its rate limits live in schema "gateway" on the same MariaDB
        Map<String, String> gatewayEnv = new LinkedHashMap<>(common);
        gatewayEnv.put("MANAGEMENT_PORT", Integer.toString(ports.gatewayManagement()));
        gatewayEnv.put("DEV_TOKEN_PRIVATE_KEY_LOCATION", "file:" + keys.privateKeyPem().toAbsolutePath());

        for (ServiceSpec spec : List.of(
                new ServiceSpec(CATALOG, ports.catalog(), common),
                // profile local: the demo partner city (case-service application-local.yml)
                new ServiceSpec(CASES, ports.cases(), common, "--spring.profiles.active=local"),
                new ServiceSpec(EVALUATION, ports.evaluation(), common),
                new ServiceSpec(TRADING, ports.trading(), common),
                // profile local: the demo Open311 client (hotline-service application-local.yml)
                new ServiceSpec(HOTLINE, ports.hotline(), common, "--spring.profiles.active=local"),
                new ServiceSpec(GATEWAY, ports.gateway(), gatewayEnv, "--spring.profiles.active=local"))) {
            Path jar = options.repositoryRoot().resolve(spec.name()).resolve("target").resolve(spec.name() + ".jar");
            services.put(spec.name(), new ServiceProcess(withExtraEnvironment(spec), jar,
                    data.resolve("logs").resolve(spec.name() + ".log"), options.jvmOptions()));
        }
        services.values().forEach(ServiceProcess::start);
        services.values().forEach(service -> service.awaitReady(options.readyTimeout()));
        startupTime = Duration.between(begin, Instant.now());
    }

    /** The spec with the environment {@link Options#serviceEnvironment()} adds for this service. */
    private ServiceSpec withExtraEnvironment(ServiceSpec spec) {
        Map<String, String> extra = options.serviceEnvironment().getOrDefault(spec.name(), Map.of());
        if (extra.isEmpty()) {
            return spec;
        }
        Map<String, String> environment = new LinkedHashMap<>(spec.environment());
        environment.putAll(extra);
        return new ServiceSpec(spec.name(), spec.port(), environment, spec.arguments());
    }

    /** Stops one service (as an outage would), keeping everything else running. */
    public void stopService(String name) {
        service(name).stop(Duration.ofSeconds(20));
    }

    /** Starts a stopped service again and waits until it is ready. */
    public void startService(String name) {
        ServiceProcess service = service(name);
        service.start();
        service.awaitReady(options.readyTimeout());
    }

    public String gatewayUrl() {
        return url(options.ports().gateway());
    }

    public String serviceUrl(String name) {
        return url(service(name).spec().port());
    }

    public String issuer() {
        return gatewayUrl().replace("127.0.0.1", "localhost") + "/dev";
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }

    public EmbeddedMariaDb mariaDb() {
        return mariaDb;
    }

    public PlatformPorts ports() {
        return options.ports();
    }

    public Duration startupTime() {
        return startupTime;
    }

    public Path logOf(String name) {
        return service(name).log();
    }

    /** Resident memory of every service JVM, this JVM (Kafka) and mysqld, in MiB. */
    public long residentMib() {
        long kib = services.values().stream().mapToLong(ServiceProcess::residentKib).sum();
        kib += residentKib(ProcessHandle.current());
        kib += ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.contains("mariadbd") || c.contains("mysqld")).orElse(false))
                .mapToLong(Platform::residentKib)
                .sum();
        return kib / 1024;
    }

    public Map<String, Long> serviceResidentMib() {
        Map<String, Long> result = new LinkedHashMap<>();
        services.forEach((name, service) -> result.put(name, service.residentKib() / 1024));
        return result;
    }

    @Override
    public void close() {
        // Services first (they flush and close their connections), in parallel; then the infrastructure.
        List<CompletableFuture<Void>> stops = new ArrayList<>();
        for (ServiceProcess service : services.values()) {
            stops.add(CompletableFuture.runAsync(() -> service.stop(Duration.ofSeconds(25))));
        }
        stops.forEach(CompletableFuture::join);
        if (kafka != null) {
            kafka.close();
        }
        if (mariaDb != null) {
            mariaDb.close();
        }
    }

    private ServiceProcess service(String name) {
        ServiceProcess service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException("Unknown service " + name + "; known: " + services.keySet());
        }
        return service;
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the infrastructure", e);
        }
    }

    private static String url(int port) {
        return "http://127.0.0.1:" + port;
    }

    private static long residentKib(ProcessHandle process) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux
        }
        return 0;
    }

    /** The repository root: the nearest directory upwards that has the launcher module. */
    public static Path findRepositoryRoot(Path from) {
        for (Path dir = from.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("local-launcher")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Run this from inside the repository (no local-launcher/ found above " + from + ")");
    }
}
