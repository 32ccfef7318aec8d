package org.example.gov.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** An event read from Kafka: the CloudEvents attributes and the JSON data. */
public record IncomingEvent(String id, String type, String source, String subject, OffsetDateTime time, String data) {

    /** Reads a binary-mode CloudEvent; fails (and so goes to the dead-letter topic) if it is not one. */
    public static IncomingEvent from(ConsumerRecord<String, byte[]> record) {
        CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
        String data = event.getData() == null ? "null" : new String(event.getData().toBytes(), StandardCharsets.UTF_8);
        return new IncomingEvent(event.getId(), event.getType(), event.getSource().toString(), event.getSubject(),
                event.getTime(), data);
    }

    /**
     * The event as published by {@code service} (its outbox writes {@code source = /gov/<service>}).
     *
     * @throws UntrustedEventSourceException otherwise (not retried: straight to the dead-letter topic)
     */
    public IncomingEvent requireSource(String service) {
        String expected = "/gov/" + service;
        if (!expected.equals(source)) {
            throw new UntrustedEventSourceException(this, expected);
        }
        return this;
    }
}
