package org.example.gov.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class EmbeddedKafkaTest {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaTest.class);

    @TempDir
    Path tmp;

    @Test
    void producesAndConsumesThenSurvivesStopAndRestart() throws Exception {
        Path logDir;
        try (EmbeddedKafka kafka = EmbeddedKafka.start(null, 0)) {
            log.info("MEASURE temporary Kafka start: {} ms", kafka.startupTime().toMillis());
            logDir = kafka.logDir();
            assertThat(kafka.bootstrapServers()).isEqualTo("127.0.0.1:" + kafka.port());
            assertThat(kafka.controllerPort()).isNotEqualTo(kafka.port());

            send(kafka, "case-events", "k1", "before-stop-1");
            send(kafka, "case-events", "k2", "before-stop-2");
            try (Admin admin = admin(kafka)) {
                assertThat(admin.describeTopics(List.of("case-events")).allTopicNames().get(10, TimeUnit.SECONDS)
                        .get("case-events").partitions()).hasSize(3);
            }
            try (KafkaConsumer<String, String> consumer = consumer(kafka, "group-a")) {
                consumer.subscribe(List.of("case-events"));
                assertThat(values(poll(consumer, 2))).containsExactlyInAnyOrder("before-stop-1", "before-stop-2");
                consumer.commitSync();
            }

            String clusterId = kafka.clusterId();
            kafka.stop();
            assertThat(kafka.isRunning()).isFalse();
            assertThat(Infra.isListening(kafka.port())).as("client port closed after stop").isFalse();
            assertThat(Infra.isListening(kafka.controllerPort())).as("controller port closed after stop").isFalse();

            long t = System.nanoTime();
            kafka.restart();
            log.info("MEASURE Kafka restart: {} ms", (System.nanoTime() - t) / 1_000_000);
            assertThat(kafka.isRunning()).isTrue();
            assertThat(kafka.clusterId()).isEqualTo(clusterId);
            try (Admin admin = admin(kafka)) {
                assertThat(admin.describeCluster().clusterId().get(10, TimeUnit.SECONDS)).isEqualTo(clusterId);
            }

            send(kafka, "case-events", "k3", "after-restart");
            // the committed group resumes after the restart: only the new record
            try (KafkaConsumer<String, String> consumer = consumer(kafka, "group-a")) {
                consumer.subscribe(List.of("case-events"));
                assertThat(values(poll(consumer, 1))).containsExactly("after-restart");
            }
            // a new group reads everything, including what was written before the stop
            try (KafkaConsumer<String, String> consumer = consumer(kafka, "group-b")) {
                consumer.subscribe(List.of("case-events"));
                assertThat(values(poll(consumer, 3)))
                        .containsExactlyInAnyOrder("before-stop-1", "before-stop-2", "after-restart");
            }
        }
        assertThat(Files.exists(logDir)).as("temporary log dir deleted on close").isFalse();
    }

    @Test
    void clientsThatOutliveAnOutageReconnect() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(null, 0);
             KafkaProducer<String, String> producer = producer(kafka)) {
            producer.send(new ProducerRecord<>("outage", "a", "one")).get(10, TimeUnit.SECONDS);
            kafka.stop();
            kafka.restart();
            RecordMetadata md = producer.send(new ProducerRecord<>("outage", "a", "two")).get(30, TimeUnit.SECONDS);
            assertThat(md.offset()).isEqualTo(1);
            try (KafkaConsumer<String, String> consumer = consumer(kafka, "g")) {
                consumer.subscribe(List.of("outage"));
                assertThat(values(poll(consumer, 2))).containsExactly("one", "two");
            }
        }
    }

    @Test
    void persistentLogDirKeepsClusterIdAndData() throws Exception {
        Path dir = tmp.resolve("kafka");
        String clusterId;
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, 0)) {
            clusterId = kafka.clusterId();
            kafka.createTopic("kept", 1);
            send(kafka, "kept", "k", "persisted");
        }
        assertThat(dir.resolve("meta.properties")).isRegularFile();
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, 0)) {
            log.info("MEASURE persistent Kafka second start: {} ms", kafka.startupTime().toMillis());
            assertThat(kafka.clusterId()).isEqualTo(clusterId);
            try (KafkaConsumer<String, String> consumer = consumer(kafka, "late")) {
                consumer.subscribe(List.of("kept"));
                assertThat(values(poll(consumer, 1))).containsExactly("persisted");
            }
        }
        assertThat(dir).isDirectory();
    }

    // --------------------------------------------------------------------------------------------

    private static void send(EmbeddedKafka kafka, String topic, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = producer(kafka)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static KafkaProducer<String, String> producer(EmbeddedKafka kafka) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000",
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000"),
                new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(EmbeddedKafka kafka, String group) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    private static Admin admin(EmbeddedKafka kafka) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
    }

    private static List<ConsumerRecord<String, String>> poll(KafkaConsumer<String, String> consumer, int expected) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (records.size() < expected && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        }
        // and nothing more shows up
        consumer.poll(Duration.ofMillis(300)).forEach(records::add);
        return records;
    }

    private static List<String> values(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(ConsumerRecord::value).toList();
    }
}
