package org.example.gov.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.events.OutboxRelay;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.EventProbe;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.example.gov.testsupport.SharedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the alerts read: the outbox backlog and the age of its oldest unsent event, and the dead letters a service
 * wrote, exported by every service on /actuator/prometheus under the names k8s/components/monitoring/rules.yaml uses.
 */
@PlatformIntegrationTest
@Import(EventMetricsIntegrationTest.FailingListener.class)
class EventMetricsIntegrationTest {

    static final String TOPIC = OutboxIntegrationTest.TOPIC;
    static final String POISON_TOPIC = "starter.test.poison";

    @LocalServerPort
    int port;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRelay relay;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Test
    void anEventKafkaRefusesShowsAsBacklogWithAGrowingAgeUntilItIsTakenOut() {
        await().atMost(Duration.ofSeconds(30)).until(() -> relay.pending() == 0);
        assertThat(gauge("platform.outbox.pending")).isZero();
        assertThat(gauge("platform.outbox.oldest.pending.age")).isZero();

        String subject = "poison-" + UUID.randomUUID();
        String refused = transactions.execute(status -> {
            String id = outbox.publish(TOPIC, "gov.test.widget-made.v1", subject, Map.of("blob", "x".repeat(1_200_000)));
            outbox.publish(TOPIC, "gov.test.widget-made.v1", subject, Map.of("sequence", 2));
            return id;
        });
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> gauge("platform.outbox.oldest.pending.age") >= 2);
            assertThat(gauge("platform.outbox.pending")).as("the refused event and the one waiting behind it").isEqualTo(2);
            assertThat(new ApiClient("http://127.0.0.1:" + port).get("/actuator/prometheus", null).expect(200).raw())
                    .contains("platform_outbox_pending{application=\"starter-test\"} 2")
                    .contains("platform_outbox_oldest_pending_age_seconds{application=\"starter-test\"}");
        } finally {
            jdbc.sql("DELETE FROM outbox_event WHERE event_id = :id").param("id", refused).update();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> gauge("platform.outbox.pending") == 0);
        assertThat(gauge("platform.outbox.oldest.pending.age")).isZero();
    }

    @Test
    void anEventGivenUpOnIsCountedByTheTopicItCameFromOnceItIsOnTheDeadLetterTopic() {
        String key = "poison-" + UUID.randomUUID();
        double before = deadLettered();

        EventProbe.publishRaw(SharedInfrastructure.kafka().bootstrapServers(), POISON_TOPIC, key, "{}");

        EventProbe.await(SharedInfrastructure.kafka().bootstrapServers(), POISON_TOPIC + ".DLT", e -> key.equals(e.key()),
                Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(10)).until(() -> deadLettered() == before + 1);
        assertThat(new ApiClient("http://127.0.0.1:" + port).get("/actuator/prometheus", null).expect(200).raw())
                .contains("platform_events_dead_lettered_total{application=\"starter-test\",topic=\"" + POISON_TOPIC + "\"}");
    }

    @Test
    void committedEventsAreCountedByTypeRolledBackAndUncountedOnesAreNot() {
        double made = committed("gov.test.widget-made.v1");
        double secret = committed("gov.test.secret-bid-seen.v1");

        transactions.executeWithoutResult(status -> outbox.publish(TOPIC, "gov.test.widget-made.v1", "w-1", Map.of("n", 1)));
        transactions.executeWithoutResult(status -> {
            outbox.publish(TOPIC, "gov.test.widget-made.v1", "w-2", Map.of("n", 2));
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> outbox.publish(TOPIC, "gov.test.secret-bid-seen.v1", "w-3", Map.of("n", 3)));

        assertThat(committed("gov.test.widget-made.v1")).as("the committed one, not the rolled-back one").isEqualTo(made + 1);
        assertThat(committed("gov.test.secret-bid-seen.v1")).isEqualTo(secret).isZero();
        assertThat(new ApiClient("http://127.0.0.1:" + port).get("/actuator/prometheus", null).expect(200).raw())
                .contains("platform_events_committed_total{application=\"starter-test\",type=\"gov.test.widget-made.v1\"}")
                .doesNotContain("gov.test.secret-bid-seen.v1");
    }

    private double committed(String type) {
        var counter = meters.find("platform.events.committed").tag("type", type).counter();
        return counter == null ? 0 : counter.count();
    }

    private double gauge(String name) {
        return meters.get(name).gauge().value();
    }

    private double deadLettered() {
        var counter = meters.find("platform.events.dead.lettered").tag("topic", POISON_TOPIC).counter();
        return counter == null ? 0 : counter.count();
    }

    /** A consumer that cannot handle anything: each record is retried, then given up on. */
    @TestConfiguration
    static class FailingListener {

        @KafkaListener(topics = POISON_TOPIC, groupId = "starter-test-poison")
        void on(String value) {
            throw new IllegalStateException("cannot handle " + value.length() + " characters");
        }
    }
}
