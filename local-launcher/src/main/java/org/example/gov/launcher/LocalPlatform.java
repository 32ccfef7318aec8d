package org.example.gov.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./run.sh}: starts the whole platform on this machine, loads demo data, prints where everything
 * is, and on Ctrl-C stops every process it started. Data lives in {@code .local/} (ignored by git), so a
 * second start reuses the database and the Kafka log.
 */
public final class LocalPlatform {

    /** Small heaps and C1-only JIT: six JVMs must start quickly and fit on a 2-core laptop. */
    public static final String DEFAULT_JVM_OPTIONS = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -Xmx256m -XX:MaxMetaspaceSize=192m -Xshare:auto";

    private LocalPlatform() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path root = Platform.findRepositoryRoot(Path.of(""));
        Path data = root.resolve(System.getenv().getOrDefault("PLATFORM_DATA_DIR", ".local"));
        List<String> jvmOptions = Arrays.asList(System.getenv().getOrDefault("PLATFORM_JVM_OPTS", DEFAULT_JVM_OPTIONS).trim().split("\\s+"));
        System.out.println("Starting MariaDB, Kafka, five services and the gateway (logs in " + data.resolve("logs") + ") ...");

        // case-service seeds ~320 demo cases (every status, past two months) once the catalogue has items;
        // evaluation-service seeds ~6,000 ratings over 180 days with bad reviews in every state (once, on an empty schema);
        // hotline-service its demo categories, responsibility list, ~50 articles and ~3,000 tickets over 90 days;
        // trading-service a few tender projects, one per stage, and three sealed bids whose keys go to .local/demo-bidders
        Platform platform = Platform.start(new Platform.Options(root, data, PlatformPorts.documented(), jvmOptions,
                Duration.ofMinutes(3), Map.of(Platform.CASES, Map.of("PLATFORM_CASES_DEMO_SEED", "true"),
                        Platform.EVALUATION, Map.of("EVALUATION_DEMO_SEED", "true"),
                        Platform.HOTLINE, Map.of("HOTLINE_DEMO_SEED", "true"),
                        Platform.TRADING, Map.of("TRADING_DEMO_SEED", "true",
                                "TRADING_DEMO_BIDDER_KEYS", data.resolve("demo-bidders").toAbsolutePath().toString()),
                        Platform.GATEWAY, gatewayLimits(System.getenv("PLATFORM_RATE_LIMITS")))));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the platform ...");
            platform.close();
            System.out.println("Stopped; no process left behind.");
            stopped.countDown();
        }, "platform-shutdown"));

        String seeded;
        try {
            // through the gateway like any client, so within its rate limits: wait out a 429 instead of failing
            seeded = new DemoData(new org.example.gov.testsupport.ApiClient(platform.gatewayUrl()).waitingOutRateLimits())
                    .load();
        } catch (RuntimeException | AssertionError e) { // the platform runs on without demo data, and says so
            seeded = "demo data NOT loaded: " + e.getMessage();
        }
        String gw = "http://localhost:" + platform.ports().gateway();
        System.out.printf("""

                ✔ Platform ready in %.1f s, %d MiB resident in total (%s)
                  Demo data:   %s

                  Gateway:     %s
                  Swagger UI:  %s/swagger-ui.html
                  Open data:   %s/api/trading/ocds/releases   (OCDS 1.1.5, no login)
                  Health:      %s/readyz   (liveness %s/livez; metrics for ops on http://localhost:%d/actuator/prometheus)
                  Services:    catalog :%d  case :%d  evaluation :%d  trading :%d  hotline :%d
                  MariaDB:     127.0.0.1:%d (root, no password)   Kafka: 127.0.0.1:%d

                  Get a token (demo users: curl %s/dev/users):
                    TOKEN=$(curl -s -X POST %s/dev/token -H 'Content-Type: application/json' -d '{"user":"applicant1"}' | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
                    curl -H "Authorization: Bearer $TOKEN" %s/api/evaluations/invitations

                Press Ctrl-C to stop everything.
                """,
                platform.startupTime().toMillis() / 1000.0, platform.residentMib(), platform.serviceResidentMib(), seeded,
                gw, gw, gw, gw, gw, platform.ports().gatewayManagement(), platform.ports().catalog(),
                platform.ports().cases(), platform.ports().evaluation(), platform.ports().trading(),
                platform.ports().hotline(), platform.ports().mariaDb(), platform.ports().kafka(), gw, gw, gw);
        stopped.await();
    }

    /**
     * The gateway's quotas for this run. By default the production defaults (application.yml), which the demo data
     * and a person clicking through the front ends stay well below. {@code PLATFORM_RATE_LIMITS=bench}: the
     * benchmarks in {@code bench/} hammer from one user and one address, so every quota is raised to a million a
     * second; the limiter stays on, so its cost is part of what they measure. Any {@code RATE_LIMIT_*} variable set
     * for ./run.sh reaches the gateway as well (the services inherit the launcher's environment).
     */
    public static Map<String, String> gatewayLimits(String mode) {
        if (mode == null || mode.isBlank() || "default".equalsIgnoreCase(mode.trim())) {
            return Map.of();
        }
        if (!"bench".equalsIgnoreCase(mode.trim())) {
            throw new IllegalArgumentException("PLATFORM_RATE_LIMITS is 'default' or 'bench', not '" + mode + "'");
        }
        Map<String, String> raised = new LinkedHashMap<>();
        for (String kind : new String[] {"USER", "PARTNER", "ADDRESS", "OPEN311"}) {
            raised.put("RATE_LIMIT_" + kind + "_REQUESTS", "1000000");
            raised.put("RATE_LIMIT_" + kind + "_PER", "1s");
            raised.put("RATE_LIMIT_" + kind + "_BURST", "1000000");
        }
        return raised;
    }
}
