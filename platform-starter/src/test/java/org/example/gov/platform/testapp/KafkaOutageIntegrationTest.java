package org.example.gov.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.events.OutboxRelay;
import org.example.gov.testsupport.EmbeddedKafka;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.example.gov.testsupport.SharedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A Kafka outage delays events; it neither fails the business transaction nor loses or duplicates an event. */
@PlatformIntegrationTest
class KafkaOutageIntegrationTest {

    static final String TOPIC = OutboxIntegrationTest.TOPIC;
    static final int EVENTS = 6;

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
    void eventsCommittedWhileKafkaIsDownArePublishedExactlyOnceInOrderWhenItIsBack() {
        // start from a drained outbox, so pending() counts this test's events only
        await().atMost(Duration.ofSeconds(30)).until(() -> relay.pending() == 0);
        double failedSendsBefore = failedSends();
        EmbeddedKafka kafka = SharedInfrastructure.kafka();
        String subject = "outage-" + UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        List<Duration> commits = new ArrayList<>();

        kafka.stop();
        try {
            for (int n = 1; n <= EVENTS; n++) {
                Map<String, Object> data = Map.of("subject", subject, "sequence", n);
                long start = System.nanoTime();
                ids.add(transactions.execute(status -> outbox.publish(TOPIC, "gov.test.widget-made.v1", subject, data)));
                commits.add(Duration.ofNanos(System.nanoTime() - start));
            }

            assertThat(commits).as("commit times with Kafka down").allSatisfy(d -> assertThat(d).isLessThan(Duration.ofSeconds(1)));
            assertThat(unpublished(subject)).isEqualTo(EVENTS);
            assertThat(relay.pending()).isEqualTo(EVENTS);
            // the relay really tried while the broker was away (its failed send shows in the metrics), and kept them all
            await().atMost(Duration.ofSeconds(30)).until(() -> failedSends() > failedSendsBefore);
            assertThat(unpublished(subject)).isEqualTo(EVENTS);
        } finally {
            kafka.restart();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> relay.pending() == 0);
        List<ConsumerRecord<String, byte[]>> records = KafkaTopic.records(TOPIC, subject);
        assertThat(records).extracting(r -> OutboxIntegrationTest.header(r, "ce_id")).containsExactlyElementsOf(ids);
    }

    /** Sends the Kafka template observed as failed ({@code spring.kafka.template} timers with an error tag). */
    private double failedSends() {
        return meters.find("spring.kafka.template").timers().stream()
                .filter(timer -> !"none".equals(timer.getId().getTag("error")))
                .mapToDouble(Timer::count)
                .sum();
    }

    private long unpublished(String subject) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_event WHERE subject = :s AND published_at IS NULL").param("s", subject)
                .query(Long.class).single();
    }
}
