package org.example.gov.platform.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.FixedBackOff;

import tools.jackson.databind.json.JsonMapper;

/**
 * Event plumbing every service gets: the outbox and its relay, idempotent consumption (with the purge of expired
 * processed-event ids), bounded retries then {@code <topic>.DLT} for poison events, and topic declarations with their
 * dead-letter twins.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration" })
@EnableConfigurationProperties(EventsProperties.class)
public class EventsConfiguration {

    public static final String DLT_SUFFIX = ".DLT";

    /** Without a tracer (tracing off or not on the classpath) events carry no trace context and nothing fails. */
    @Bean
    EventTracing eventTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new EventTracing(tracer.getIfAvailable(() -> Tracer.NOOP), propagator.getIfAvailable(() -> Propagator.NOOP));
    }

    @Bean
    OutboxRelay outboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<String, byte[]> kafka,
            EventsProperties properties, EventTracing tracing) {
        return new OutboxRelay(jdbc, transactions, kafka, properties, tracing);
    }

    @Bean
    Outbox outbox(JdbcClient jdbc, JsonMapper json, EventsProperties properties, Clock clock, OutboxRelay relay,
            EventTracing tracing, MeterRegistry meters) {
        return new Outbox(jdbc, json, properties.source(), clock, relay, tracing,
                new EventCounts(meters, properties.uncountedTypePrefixes()));
    }

    @Bean
    OutboxMetrics outboxMetrics(JdbcClient jdbc, Clock clock) {
        return new OutboxMetrics(jdbc, clock);
    }

    @Bean
    IdempotentConsumer idempotentConsumer(JdbcClient jdbc, TransactionTemplate transactions) {
        return new IdempotentConsumer(jdbc, transactions);
    }

    @Bean
    ProcessedEventPurge processedEventPurge(JdbcClient jdbc, TransactionTemplate transactions, EventsProperties properties) {
        return new ProcessedEventPurge(jdbc, transactions, properties);
    }

    /**
     * Platform migrations added later (V0_4) arrive in schemas already past them (a service at V7): apply them out of
     * order instead of refusing to start, as the calendar replica's V0_3 does.
     */
    @Bean
    FlywayConfigurationCustomizer platformMigrationsOutOfOrder() {
        return configuration -> configuration.outOfOrder(true);
    }

    /**
     * A few quick retries for passing faults, then the record goes to {@code <topic>.DLT} on the same
     * partition. If that publish fails the recoverer throws, the offset is not committed and the record is
     * retried: nothing is dropped silently.
     */
    @Bean
    CommonErrorHandler platformKafkaErrorHandler(KafkaOperations<String, byte[]> kafka, EventsProperties properties,
            MeterRegistry meters) {
        // Spring Kafka 4 defaults to "<topic>-dlt"; the platform's convention is "<topic>.DLT", same partition.
        DeadLetterPublishingRecoverer recoverer = new CountedDeadLetterPublishingRecoverer(kafka,
                (record, exception) -> new TopicPartition(record.topic() + DLT_SUFFIX, record.partition()), meters);
        recoverer.setFailIfSendResultIsError(true);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer,
                new FixedBackOff(properties.consumerRetryInterval().toMillis(), properties.consumerRetries()));
        handler.addNotRetryableExceptions(UntrustedEventSourceException.class); // retrying cannot make it trusted
        return handler;
    }

    @Bean
    KafkaAdmin.NewTopics platformTopics(EventsProperties properties) {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : properties.topics()) {
            topics.add(TopicBuilder.name(topic).partitions(properties.partitions()).replicas(properties.replicas()).build());
        }
        for (String topic : properties.consumedTopics()) {
            topics.add(TopicBuilder.name(topic + DLT_SUFFIX).partitions(properties.partitions()).replicas(properties.replicas()).build());
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }
}
