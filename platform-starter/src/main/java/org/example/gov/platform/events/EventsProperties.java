package org.example.gov.platform.events;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platform.events.*}: the CloudEvents {@code source} of this service, the topics it publishes to
 * and consumes from (declared with their dead-letter topics at start-up), the outbox relay pacing, and how long
 * processed-event ids are kept ({@code processed-retention}, default 7 days: keep it longer than the Kafka topics'
 * retention, see {@link ProcessedEventPurge}), and the event types never counted in the business metrics
 * ({@code uncounted-type-prefixes}, see {@link EventCounts}).
 */
@ConfigurationProperties("platform.events")
public record EventsProperties(String source, List<String> topics, List<String> consumedTopics, int partitions, int replicas,
        Duration relayInterval, int relayBatchSize, Duration sendTimeout, int consumerRetries, Duration consumerRetryInterval,
        Duration processedRetention, Duration purgeInterval, int purgeBatchSize, List<String> uncountedTypePrefixes) {

    public EventsProperties {
        topics = topics == null ? List.of() : List.copyOf(topics);
        consumedTopics = consumedTopics == null ? List.of() : List.copyOf(consumedTopics);
        uncountedTypePrefixes = uncountedTypePrefixes == null ? List.of() : List.copyOf(uncountedTypePrefixes);
        partitions = partitions <= 0 ? 3 : partitions;
        replicas = replicas <= 0 ? 1 : replicas;
        relayInterval = relayInterval == null ? Duration.ofMillis(500) : relayInterval;
        relayBatchSize = relayBatchSize <= 0 ? 200 : relayBatchSize;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
        consumerRetries = consumerRetries <= 0 ? 3 : consumerRetries;
        consumerRetryInterval = consumerRetryInterval == null ? Duration.ofMillis(500) : consumerRetryInterval;
        processedRetention = processedRetention == null ? Duration.ofDays(7) : processedRetention;
        purgeInterval = purgeInterval == null ? Duration.ofHours(1) : purgeInterval;
        purgeBatchSize = purgeBatchSize <= 0 ? 1000 : purgeBatchSize;
        if (processedRetention.compareTo(Duration.ofHours(1)) < 0) {
            // shorter than a consumer outage or a DLT replay: redeliveries would apply twice
            throw new IllegalArgumentException("platform.events.processed-retention must be at least 1 hour, not " + processedRetention);
        }
    }
}
