package org.example.gov.platform.events;

import java.util.function.BiFunction;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Publishes a given-up record to its dead-letter topic and counts it in {@code platform_events_dead_lettered_total}
 * by the topic it came from, so the alert fires in the service that gave up, whatever the broker's exporter shows.
 * Counted only once the dead letter is confirmed: a failed DLT publish throws before, and the record is retried.
 */
class CountedDeadLetterPublishingRecoverer extends DeadLetterPublishingRecoverer {

    static final String DEAD_LETTERED = "platform.events.dead.lettered";

    private final MeterRegistry registry;

    CountedDeadLetterPublishingRecoverer(KafkaOperations<?, ?> kafka,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> destination, MeterRegistry registry) {
        super(kafka, destination);
        this.registry = registry;
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception exception) {
        super.accept(record, consumer, exception);
        Counter.builder(DEAD_LETTERED)
                .description("Events given up on after the retries and written to <topic>.DLT")
                .tag("topic", record.topic())
                .register(registry)
                .increment();
    }
}
