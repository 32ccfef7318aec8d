package org.example.gov.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.example.gov.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * One trace across the outbox: the relay sends later, from its own thread, yet the event reaches Kafka with the
 * trace context of the request that stored it, and the consumer handles it in that trace (its log lines carry the
 * request's traceId).
 */
@PlatformIntegrationTest
@Import(OutboxTraceContextIntegrationTest.TracedListener.class)
class OutboxTraceContextIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEventStoredDuringATracedRequestIsPublishedAndConsumedInThatTrace() {
        String traceId = hex(16);
        String callerSpan = hex(8);
        String token = TestTokens.shared().mint("clerk1", "440300", "市政务服务数据管理局", "CLERK");

        String subject = new ApiClient("http://127.0.0.1:" + port)
                .send("POST", "/api/test/widget-events", token, "{\"name\":\"阀门\",\"quantity\":1}",
                        "traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .expect(201).text("id");

        String stored = jdbc.sql("SELECT traceparent FROM outbox_event WHERE subject = :subject")
                .param("subject", subject).query(String.class).single();
        assertThat(stored).as("stored with the request's own span, a child of the caller's")
                .matches("00-" + traceId + "-[0-9a-f]{16}-01").doesNotContain(callerSpan);

        List<ConsumerRecord<String, byte[]>> published = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> KafkaTopic.records(TestController.WIDGET_TOPIC, subject), records -> !records.isEmpty());
        assertThat(published).singleElement().satisfies(record -> assertThat(traceparent(record))
                .as("sent by the relay thread, in the request's trace").matches("00-" + traceId + "-[0-9a-f]{16}-01"));

        await().atMost(Duration.ofSeconds(30)).until(() -> TracedListener.TRACE_IDS.containsKey(subject));
        assertThat(TracedListener.TRACE_IDS.get(subject)).as("the consumer's MDC traceId").isEqualTo(traceId);
    }

    private static String traceparent(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader("traceparent");
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** A consumer as a service has one: what its log lines would carry as traceId while it handles each event. */
    @TestConfiguration
    static class TracedListener {

        static final Map<String, String> TRACE_IDS = new ConcurrentHashMap<>();

        @KafkaListener(topics = TestController.WIDGET_TOPIC, groupId = "starter-test-traced-listener")
        void on(ConsumerRecord<String, byte[]> record) {
            TRACE_IDS.put(record.key(), String.valueOf(MDC.get("traceId")));
        }
    }
}
