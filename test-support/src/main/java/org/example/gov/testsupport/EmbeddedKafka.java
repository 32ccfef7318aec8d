package org.example.gov.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker (4.1, KRaft, single node acting as broker and controller) running inside this JVM.
 * <ul>
 * <li>{@code logDir == null}: a fresh log dir in java.io.tmpdir, deleted on {@link #close()}.</li>
 * <li>{@code logDir != null}: persistent; formatted on first use only, reused (topics, offsets, data) afterwards.</li>
 * </ul>
 * PLAINTEXT listener on 127.0.0.1:port for clients, a CONTROLLER listener on another free port; 3 partitions per
 * auto-created topic, replication factor 1 everywhere. {@link #stop()} / {@link #restart()} take the broker down and
 * up again on the same port with the same data, for outage tests. Needs no Spring at runtime.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final int NODE_ID = 1;
    private static final String STATE_FILE = "embedded-kafka.properties";
    private static final String META_PROPERTIES = "meta.properties";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Path logDir;
    private final boolean temporary;
    private final int port;
    private final int controllerPort;
    private final String clusterId;
    private final Map<String, String> config;
    private KafkaRaftServer server;
    private Duration startupTime;
    private boolean closed;
    private Thread shutdownHook;

    private EmbeddedKafka(Path logDir, boolean temporary, int port, int controllerPort, String clusterId) {
        this.logDir = logDir;
        this.temporary = temporary;
        this.port = port;
        this.controllerPort = controllerPort;
        this.clusterId = clusterId;
        this.config = brokerConfig(logDir, port, controllerPort);
    }

    /**
     * Formats the log dir if needed, starts the broker and returns once it serves requests.
     *
     * @param logDir null for a throw-away log dir, else a persistent one (created if missing)
     * @param port   client (PLAINTEXT) port on 127.0.0.1, 0 for a free one
     */
    public static EmbeddedKafka start(Path logDir, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port);
        }
        long started = System.nanoTime();
        boolean temporary = logDir == null;
        Path dir = null;
        try {
            dir = temporary
                    ? Files.createTempDirectory("embedded-kafka-")
                    : Files.createDirectories(logDir.toAbsolutePath().normalize());
            Properties state = readState(dir);
            String clusterId = clusterId(dir, state);
            int clientPort = port != 0 ? port : Infra.freePort();
            int controllerPort = preferredControllerPort(state, clientPort);
            EmbeddedKafka kafka = new EmbeddedKafka(dir, temporary, clientPort, controllerPort, clusterId);
            boolean formatted = kafka.formatIfNeeded();
            state.setProperty("cluster.id", clusterId);
            state.setProperty("controller.port", Integer.toString(controllerPort));
            writeState(dir, state);
            kafka.startServer();
            kafka.startupTime = Duration.ofNanos(System.nanoTime() - started);
            kafka.shutdownHook = Infra.shutdownHook("embedded-kafka-" + clientPort + "-shutdown", kafka::close);
            log.info("Kafka broker started on {} (controller port {}) in {} ms ({} log dir {}, {})", kafka.bootstrapServers(),
                    controllerPort, kafka.startupTime.toMillis(), temporary ? "temporary" : "persistent", dir,
                    formatted ? "formatted, cluster id " + clusterId : "existing data reused, cluster id " + clusterId);
            return kafka;
        } catch (IOException e) {
            if (temporary) {
                Infra.deleteQuietly(dir);
            }
            throw new UncheckedIOException("Cannot start Kafka", e);
        } catch (RuntimeException e) {
            if (temporary) {
                Infra.deleteQuietly(dir);
            }
            throw e;
        }
    }

    /** {@code 127.0.0.1:<port>} */
    public String bootstrapServers() {
        return Infra.LOCALHOST + ":" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public String clusterId() {
        return clusterId;
    }

    public Path logDir() {
        return logDir;
    }

    public boolean isTemporary() {
        return temporary;
    }

    /** Wall time of {@link #start} (format if new, broker start, until it served a request). */
    public Duration startupTime() {
        return startupTime;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Creates a topic if it does not exist yet (auto-creation also works; this is for explicit partition counts). */
    public void createTopic(String name, int partitions) {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create topic " + name, e.getCause());
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create topic " + name, e);
        }
    }

    /** Takes the broker fully down (its ports are closed; clients see connection refused). The data is kept. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        long t = System.nanoTime();
        KafkaRaftServer running = server;
        server = null;
        try {
            running.shutdown();
            running.awaitShutdown();
        } catch (RuntimeException e) {
            log.warn("Kafka broker shutdown reported: {}", e.toString());
        }
        log.info("Kafka broker on {} stopped in {} ms", bootstrapServers(), (System.nanoTime() - t) / 1_000_000);
    }

    /** Starts a stopped broker again: same port, same log dir, same cluster id; returns once it serves requests. */
    public synchronized void restart() {
        if (closed) {
            throw new IllegalStateException("closed");
        }
        if (server != null) {
            return;
        }
        long t = System.nanoTime();
        startServer();
        log.info("Kafka broker restarted on {} in {} ms", bootstrapServers(), (System.nanoTime() - t) / 1_000_000);
    }

    /** Stops the broker and deletes the log dir if it was temporary. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stop();
        Infra.removeShutdownHook(shutdownHook);
        if (temporary) {
            Infra.deleteQuietly(logDir);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedKafka[" + bootstrapServers() + ", " + (temporary ? "temporary " : "") + logDir + "]";
    }

    // ------------------------------------------------------------------------------------------------------------

    private static Map<String, String> brokerConfig(Path logDir, int port, int controllerPort) {
        return Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", Integer.toString(NODE_ID)),
                Map.entry("controller.quorum.voters", NODE_ID + "@" + Infra.LOCALHOST + ":" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://" + Infra.LOCALHOST + ":" + port + ",CONTROLLER://" + Infra.LOCALHOST + ":" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://" + Infra.LOCALHOST + ":" + port),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("log.dirs", logDir.toString()),
                Map.entry("num.partitions", "3"),
                Map.entry("default.replication.factor", "1"),
                Map.entry("min.insync.replicas", "1"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "5"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("transaction.state.log.num.partitions", "5"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("auto.create.topics.enable", "true"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                // small machine, short-lived broker: fewer threads, no 128 MB cleaner buffer
                Map.entry("num.network.threads", "2"),
                Map.entry("num.io.threads", "4"),
                Map.entry("num.recovery.threads.per.data.dir", "1"),
                Map.entry("log.cleaner.dedupe.buffer.size", "8388608"),
                Map.entry("log.cleaner.threads", "1"),
                Map.entry("controlled.shutdown.enable", "true"));
    }

    private boolean formatIfNeeded() {
        if (Files.isRegularFile(logDir.resolve(META_PROPERTIES))) {
            return false;
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (PrintStream printStream = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setPrintStream(printStream)
                    .setNodeId(NODE_ID)
                    .setClusterId(clusterId)
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(logDir.toString())
                    .setDirectories(List.of(logDir.toString()))
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format the Kafka log dir " + logDir + ": " + output.toString(StandardCharsets.UTF_8), e);
        }
        log.debug("Kafka storage formatted: {}", output.toString(StandardCharsets.UTF_8).trim());
        return true;
    }

    private void startServer() {
        KafkaRaftServer candidate = new KafkaRaftServer(new KafkaConfig(config, false), Time.SYSTEM);
        try {
            candidate.startup();
            server = candidate;
            awaitReady();
        } catch (RuntimeException e) {
            server = null;
            try {
                candidate.shutdown();
                candidate.awaitShutdown();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new IllegalStateException("Kafka broker did not start on " + bootstrapServers(), e);
        }
    }

    /** Blocks until the broker answers a metadata request and reports itself (registered, unfenced). */
    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Exception last = null;
        try (Admin admin = admin()) {
            while (System.nanoTime() < deadline) {
                try {
                    DescribeClusterResult cluster = admin.describeCluster();
                    if (!cluster.nodes().get(5, TimeUnit.SECONDS).isEmpty()
                            && clusterId.equals(cluster.clusterId().get(5, TimeUnit.SECONDS))) {
                        return;
                    }
                } catch (Exception e) {
                    last = e;
                }
                Infra.sleep(Duration.ofMillis(50));
            }
        }
        throw new IllegalStateException("Kafka broker on " + bootstrapServers() + " not ready within " + READY_TIMEOUT, last);
    }

    private Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "200");
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "embedded-kafka-probe");
        return Admin.create(props);
    }

    private static String clusterId(Path dir, Properties state) throws IOException {
        Path meta = dir.resolve(META_PROPERTIES);
        if (Files.isRegularFile(meta)) {
            Properties props = new Properties();
            try (InputStream in = Files.newInputStream(meta)) {
                props.load(in);
            }
            String id = props.getProperty("cluster.id");
            if (id != null && !id.isBlank()) {
                return id;
            }
        }
        String id = state.getProperty("cluster.id");
        return id != null && !id.isBlank() ? id : Uuid.randomUuid().toString();
    }

    private static int preferredControllerPort(Properties state, int clientPort) {
        String stored = state.getProperty("controller.port");
        if (stored != null) {
            int port = Integer.parseInt(stored.trim());
            if (port != clientPort && !Infra.isListening(port)) {
                return port;
            }
        }
        return Infra.freePortExcept(clientPort);
    }

    private static Properties readState(Path dir) throws IOException {
        Properties state = new Properties();
        Path file = dir.resolve(STATE_FILE);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                state.load(in);
            }
        }
        return state;
    }

    private static void writeState(Path dir, Properties state) throws IOException {
        try (OutputStream out = Files.newOutputStream(dir.resolve(STATE_FILE))) {
            state.store(out, "EmbeddedKafka: cluster id and controller port, reused by every start on this log dir");
        }
    }
}
