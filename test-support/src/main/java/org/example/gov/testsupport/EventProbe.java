package org.example.gov.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Reads what really went over Kafka: every record of a topic from the beginning, with its CloudEvents
 * headers decoded, so tests assert on the published event and not on a mock.
 */
public final class EventProbe {

    /** A binary-mode CloudEvent as it sits in Kafka. */
    public record Event(String key, String id, String type, String source, String subject, String time, String data,
            int partition) {
    }

    private EventProbe() {
    }

    /** Waits until the topic holds an event matching {@code condition} and returns all matching ones. */
    public static List<Event> await(String bootstrapServers, String topic, Predicate<Event> condition, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<Event> matching = new ArrayList<>();
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    Event event = decode(record);
                    if (condition.test(event)) {
                        matching.add(event);
                    }
                }
                if (!matching.isEmpty()) {
                    // one more short poll so events published together are all seen
                    consumer.poll(Duration.ofMillis(300)).forEach(r -> {
                        Event e = decode(r);
                        if (condition.test(e)) {
                            matching.add(e);
                        }
                    });
                    return matching;
                }
            }
        }
        throw new AssertionError("No event on " + topic + " matched within " + timeout);
    }

    /**
     * Publishes a binary-mode CloudEvent the way the platform's outbox relay does, for consumer tests
     * (including redeliveries: publish the same {@code id} twice).
     */
    public static void publish(String bootstrapServers, String topic, String key, String id, String type, String data) {
        publish(bootstrapServers, topic, key, id, type, data, producerOf(topic));
    }

    /** The same with an explicit CloudEvents {@code source}, e.g. to show that a forged one is refused. */
    public static void publish(String bootstrapServers, String topic, String key, String id, String type, String data,
            String source) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, data.getBytes(StandardCharsets.UTF_8));
            record.headers()
                    .add("ce_specversion", bytes("1.0"))
                    .add("ce_id", bytes(id))
                    .add("ce_source", bytes(source))
                    .add("ce_type", bytes(type))
                    .add("ce_subject", bytes(key))
                    .add("ce_time", bytes(Instant.now().toString()))
                    .add("content-type", bytes("application/json"));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }

    /** Publishes raw bytes with no CloudEvents headers: a poison message for dead-letter tests. */
    public static void publishRaw(String bootstrapServers, String topic, String key, String value) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value.getBytes(StandardCharsets.UTF_8))).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }

    /** The source the producing service's outbox writes: gov.case.events → /gov/case-service. */
    static String producerOf(String topic) {
        String area = topic.startsWith("gov.") && topic.endsWith(".events")
                ? topic.substring("gov.".length(), topic.length() - ".events".length()) : "test";
        return "/gov/" + (area.equals("catalog") ? "item-catalog" : area) + "-service";
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    public static Event decode(ConsumerRecord<String, byte[]> record) {
        return new Event(record.key(), header(record, "ce_id"), header(record, "ce_type"), header(record, "ce_source"),
                header(record, "ce_subject"), header(record, "ce_time"),
                record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8), record.partition());
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Headers as a map, for assertions that want to show everything on failure. */
    public static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
        Map<String, String> result = new java.util.LinkedHashMap<>();
        record.headers().forEach(h -> result.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        return result;
    }
}
