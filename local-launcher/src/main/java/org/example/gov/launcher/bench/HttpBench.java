package org.example.gov.launcher.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A closed-loop HTTP load generator: {@code connections} workers each send the next request as soon as
 * the previous answer arrived, for a warm-up and then a measured period; prints throughput and latency
 * percentiles of the measured period. Used by the scripts in {@code bench/} against the local platform.
 *
 * <pre>java -cp local-launcher-exec.jar -Dloader.main=org.example.gov.launcher.bench.HttpBench \
 *   org.springframework.boot.loader.launch.PropertiesLauncher &lt;name&gt; &lt;connections&gt; &lt;seconds&gt; &lt;url&gt;...</pre>
 * Several URLs are used round-robin at random; an optional {@code BENCH_TOKEN} is sent as a bearer token.
 * <p>
 * Any method with a body ({@code POST}, {@code PUT}, ...): set {@code BENCH_METHOD} and {@code BENCH_BODY}, a JSON
 * template sent as {@code application/json}. In the body and in the URLs, {@code {{n}}} is replaced by a counter unique
 * per request (from {@code BENCH_START}, default 0, across warm-up and measured run) and {@code {{n:FORMAT}}} by the
 * counter formatted with {@link String#format} (e.g. {@code {{n:%012d}}}). {@code BENCH_AUTHORIZATION} replaces the
 * whole Authorization header (e.g. for a non-bearer scheme). {@code BENCH_HEADER} adds one header, {@code Name: value}
 * (e.g. {@code Accept-Encoding: gzip}, as browsers and most HTTP libraries send). Answers of 400 and above count as
 * errors.
 * <pre>BENCH_METHOD=POST BENCH_TOKEN=... BENCH_BODY='{"caseId":"x-{{n:%012d}}","level":5}' HttpBench rate 32 30 http://host/api/...</pre>
 */
public final class HttpBench {

    /** Answers 429: the gateway's rate limits, which a benchmark from one user/address must not run into. */
    private static final AtomicLong RATE_LIMITED = new AtomicLong();

    private HttpBench() {
    }

    public record Result(String name, long requests, long errors, double seconds, long[] sortedMicros) {

        public double throughput() {
            return requests / seconds;
        }

        public double percentileMillis(double p) {
            if (sortedMicros.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.min(sortedMicros.length - 1, Math.ceil(p / 100.0 * sortedMicros.length) - 1);
            return sortedMicros[Math.max(0, index)] / 1000.0;
        }

        public String summary() {
            return String.format("%-28s %8.0f req/s  p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  max %7.1f ms  (%d requests, %d errors)",
                    name, throughput(), percentileMillis(50), percentileMillis(90), percentileMillis(99),
                    percentileMillis(100), requests, errors);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: HttpBench <name> <connections> <seconds> <url> [url...]");
            System.exit(2);
        }
        String token = System.getenv("BENCH_TOKEN");
        String authorization = System.getenv("BENCH_AUTHORIZATION");
        String method = env("BENCH_METHOD", "GET").toUpperCase(java.util.Locale.ROOT);
        String body = System.getenv("BENCH_BODY");
        String[] extraHeader = header(System.getenv("BENCH_HEADER"));
        AtomicLong counter = new AtomicLong(Long.parseLong(env("BENCH_START", "0")));
        List<String> urls = Arrays.asList(args).subList(3, args.length);
        Result result = run(args[0], Integer.parseInt(args[1]), Duration.ofSeconds(Long.parseLong(args[2])), () -> {
            long n = counter.getAndIncrement();
            String url = substitute(urls.get(ThreadLocalRandom.current().nextInt(urls.size())), n);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
            if (authorization != null && !authorization.isBlank()) {
                request.header("Authorization", authorization);
            } else if (token != null && !token.isBlank()) {
                request.header("Authorization", "Bearer " + token);
            }
            if (extraHeader != null) {
                request.header(extraHeader[0], extraHeader[1]);
            }
            if (body == null) {
                return request.method(method, HttpRequest.BodyPublishers.noBody()).build();
            }
            return request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(substitute(body, n))).build();
        });
        System.out.println(result.summary());
        System.out.println("next BENCH_START=" + counter.get());
        if (RATE_LIMITED.get() > 0) {
            System.err.println(RATE_LIMITED.get() + " answers were 429 (the gateway's rate limits): start the platform with "
                    + "PLATFORM_RATE_LIMITS=bench ./run.sh for benchmarks (README, Limits)");
        }
    }

    private static final java.util.regex.Pattern COUNTER = java.util.regex.Pattern.compile("\\{\\{n(?::([^}]+))?}}");

    /** Replaces {@code {{n}}} by {@code n} and {@code {{n:FORMAT}}} by {@code String.format(FORMAT, n)}. */
    static String substitute(String template, long n) {
        if (template.indexOf("{{") < 0) {
            return template;
        }
        return COUNTER.matcher(template).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                m.group(1) == null ? Long.toString(n) : String.format(m.group(1), n)));
    }

    /** "Name: value" as {name, value}; null when not set. */
    private static String[] header(String line) {
        if (line == null || line.isBlank()) {
            return null;
        }
        int colon = line.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("BENCH_HEADER must be \"Name: value\", not " + line);
        }
        return new String[] {line.substring(0, colon).trim(), line.substring(colon + 1).trim()};
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /**
     * Warm-up, then the measured run. The warm-up lasts {@code BENCH_WARMUP} seconds, by default a quarter of the
     * duration (at least 3 s): JVMs running with C2, as in production, need a minute or more of load on a path before
     * its compiled code is final.
     */
    public static Result run(String name, int connections, Duration duration, Supplier<HttpRequest> requests) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        long warmUpMillis = Long.parseLong(env("BENCH_WARMUP", "-1")) * 1000;
        if (warmUpMillis < 0) {
            warmUpMillis = Math.max(3000, duration.toMillis() / 4);
        }
        measure(client, connections, warmUpMillis, requests);
        long started = System.nanoTime();
        List<long[]> perWorker = measure(client, connections, duration.toMillis(), requests);
        double seconds = (System.nanoTime() - started) / 1e9;
        long errors = perWorker.stream().mapToLong(w -> w[0]).sum();
        long[] all = perWorker.stream().flatMapToLong(w -> Arrays.stream(w, 1, w.length)).sorted().toArray();
        return new Result(name, all.length, errors, seconds, all);
    }

    /** @return per worker: [errors, latency micros...] */
    private static List<long[]> measure(HttpClient client, int connections, long millis, Supplier<HttpRequest> requests)
            throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        List<long[]> results = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            results.add(null);
            int slot = i;
            workers.add(Thread.ofVirtual().start(() -> {
                AtomicLong errors = new AtomicLong();
                long[] latencies = new long[1024];
                int n = 0;
                while (System.nanoTime() < deadline) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = client.send(requests.get(), HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() >= 400) {
                            errors.incrementAndGet();
                        }
                        if (response.statusCode() == 429) {
                            RATE_LIMITED.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = (System.nanoTime() - start) / 1000;
                }
                long[] out = new long[n + 1];
                out[0] = errors.get();
                System.arraycopy(latencies, 0, out, 1, n);
                synchronized (results) {
                    results.set(slot, out);
                }
            }));
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return results;
    }
}
