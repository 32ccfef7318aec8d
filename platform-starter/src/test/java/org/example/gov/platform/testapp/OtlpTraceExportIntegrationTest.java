package org.example.gov.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

import com.sun.net.httpserver.HttpServer;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.example.gov.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With an OTLP endpoint configured (a collector; here a bare HTTP receiver), the spans of a traced request, the
 * outbox relay's among them, are exported there under the caller's trace id (Boot creates the exporter only when an
 * endpoint is set: locally and in the other tests nothing is exported).
 */
@PlatformIntegrationTest
class OtlpTraceExportIntegrationTest {

    static final List<byte[]> EXPORTS = new CopyOnWriteArrayList<>();
    static final HttpServer COLLECTOR = collector();

    @DynamicPropertySource
    static void otlpEndpoint(DynamicPropertyRegistry registry) {
        registry.add("management.opentelemetry.tracing.export.otlp.endpoint",
                () -> "http://127.0.0.1:" + COLLECTOR.getAddress().getPort() + "/v1/traces");
    }

    @AfterAll
    static void stopCollector() {
        COLLECTOR.stop(0);
    }

    @LocalServerPort
    int port;

    @Test
    void theSpansOfATracedRequestAreExportedByOtlpUnderTheCallersTraceId() {
        byte[] traceId = new byte[16];
        ThreadLocalRandom.current().nextBytes(traceId);
        String token = TestTokens.shared().mint("clerk1", "440300", "市政务服务数据管理局", "CLERK");

        new ApiClient("http://127.0.0.1:" + port)
                .send("POST", "/api/test/widget-events", token, "{\"name\":\"阀门\",\"quantity\":1}",
                        "traceparent", "00-" + HexFormat.of().formatHex(traceId) + "-00f067aa0ba902b7-01")
                .expect(201);

        // OTLP/HTTP protobuf: a span's trace_id is its 16 raw bytes; the request's span and the relay's both carry it
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> EXPORTS.stream().filter(body -> contains(body, traceId)).count() >= 1);
        assertThat(EXPORTS.stream().mapToLong(body -> occurrences(body, traceId)).sum())
                .as("the server span and the outbox relay's spans").isGreaterThanOrEqualTo(2);
    }

    private static HttpServer collector() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/v1/traces", exchange -> {
                EXPORTS.add(exchange.getRequestBody().readAllBytes());
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(byte[] body, byte[] part) {
        return occurrences(body, part) > 0;
    }

    private static long occurrences(byte[] body, byte[] part) {
        long found = 0;
        outer:
        for (int i = 0; i <= body.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (body[i + j] != part[j]) {
                    continue outer;
                }
            }
            found++;
        }
        return found;
    }
}
