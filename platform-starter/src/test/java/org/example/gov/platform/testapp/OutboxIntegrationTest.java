package org.example.gov.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.example.gov.platform.events.IncomingEvent;
import org.example.gov.platform.events.Outbox;
import org.example.gov.testsupport.EventProbe;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The transactional outbox: an event exists exactly when its state change does, and reaches Kafka as a CloudEvent. */
@PlatformIntegrationTest
class OutboxIntegrationTest {

    static final String TOPIC = "starter.test.events";
    static final String MADE = "gov.test.widget-made.v1";

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    record WidgetMade(String subject, int sequence, String name) {
    }

    @Test
    void publishingOutsideATransactionIsRefusedAndStoresNothing() {
        String subject = UUID.randomUUID().toString();

        assertThatThrownBy(() -> outbox.publish(TOPIC, MADE, subject, new WidgetMade(subject, 1, "orphan")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside the transaction");

        assertThat(outboxRows(subject)).isZero();
    }

    @Test
    void aRolledBackTransactionLeavesNeitherAnOutboxRowNorAnEventOnKafka() {
        String subject = UUID.randomUUID().toString();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            makeWidget(subject, "doomed");
            outbox.publish(TOPIC, MADE, subject, new WidgetMade(subject, 1, "doomed"));
            throw new IllegalStateException("a later business rule fails");
        })).hasMessage("a later business rule fails");

        assertThat(outboxRows(subject)).isZero();
        assertThat(widgets(subject)).isZero();
        // A committed marker on the same key (same partition) after the rollback: once it is on Kafka, anything
        // the rolled-back transaction had leaked would be there too, before it.
        String marker = transactions.execute(status -> outbox.publish(TOPIC, MADE, subject, new WidgetMade(subject, 2, "marker")));
        List<ConsumerRecord<String, byte[]>> onKafka = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> KafkaTopic.records(TOPIC, subject), records -> !records.isEmpty());
        assertThat(onKafka).extracting(r -> header(r, "ce_id")).containsExactly(marker);
    }

    @Test
    void committedEventsReachKafkaAsBinaryCloudEventsKeyedBySubjectInPublicationOrder() {
        String subject = "widget-" + UUID.randomUUID();
        Instant before = Instant.now();
        List<String> ids = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            int sequence = n;
            ids.add(transactions.execute(status -> {
                makeWidget(subject, "第" + sequence + "号部件");
                return outbox.publish(TOPIC, MADE, subject, new WidgetMade(subject, sequence, "第" + sequence + "号部件"));
            }));
        }
        Instant after = Instant.now();

        List<ConsumerRecord<String, byte[]>> records = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> KafkaTopic.records(TOPIC, subject), r -> r.size() >= ids.size());

        assertThat(records).extracting(r -> header(r, "ce_id")).containsExactlyElementsOf(ids);
        assertThat(records).extracting(ConsumerRecord::partition).containsOnly(records.getFirst().partition());
        assertThat(records).allSatisfy(record -> {
            assertThat(record.key()).isEqualTo(subject);
            assertThat(EventProbe.headers(record))
                    .containsEntry("ce_specversion", "1.0")
                    .containsEntry("ce_type", MADE)
                    .containsEntry("ce_source", "/gov/starter-test")
                    .containsEntry("ce_subject", subject)
                    .containsEntry("content-type", "application/json")
                    .containsKey("ce_time");
            Instant time = OffsetDateTime.parse(header(record, "ce_time")).toInstant();
            assertThat(time).isBetween(before.minusMillis(1), after);
        });
        // what a consumer reads (IncomingEvent) is what was published, Chinese text included
        IncomingEvent third = IncomingEvent.from(records.get(2));
        assertThat(third.id()).isEqualTo(ids.get(2));
        assertThat(third.type()).isEqualTo(MADE);
        assertThat(third.subject()).isEqualTo(subject);
        assertThat(third.data()).isEqualTo("{\"subject\":\"" + subject + "\",\"sequence\":3,\"name\":\"第3号部件\"}");
        await().atMost(Duration.ofSeconds(10)).until(() -> unpublished(subject) == 0);
    }

    private void makeWidget(String subject, String name) {
        jdbc.sql("INSERT INTO widget (id, subject, name) VALUES (:id, :subject, :name)")
                .params(Map.of("id", UUID.randomUUID().toString(), "subject", subject, "name", name))
                .update();
    }

    private long widgets(String subject) {
        return jdbc.sql("SELECT COUNT(*) FROM widget WHERE subject = :s").param("s", subject).query(Long.class).single();
    }

    private long outboxRows(String subject) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_event WHERE subject = :s").param("s", subject).query(Long.class).single();
    }

    private long unpublished(String subject) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_event WHERE subject = :s AND published_at IS NULL").param("s", subject)
                .query(Long.class).single();
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
