package org.example.gov.platform.events;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platform.events.*}: the CloudEvents {@code source} of this service, the topics it publishes to
 * and consumes from (declared with their dead-letter topics at start-up), and the outbox relay pacing.
 */
@ConfigurationProperties("platform.events")
public record EventsProperties(String source, List<String> topics, List<String> consumedTopics, int partitions, int replicas,
        Duration relayInterval, int relayBatchSize, Duration sendTimeout, int consumerRetries, Duration consumerRetryInterval) {

    public EventsProperties {
        topics = topics == null ? List.of() : List.copyOf(topics);
        consumedTopics = consumedTopics == null ? List.of() : List.copyOf(consumedTopics);
        partitions = partitions <= 0 ? 3 : partitions;
        replicas = replicas <= 0 ? 1 : replicas;
        relayInterval = relayInterval == null ? Duration.ofMillis(500) : relayInterval;
        relayBatchSize = relayBatchSize <= 0 ? 200 : relayBatchSize;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
        consumerRetries = consumerRetries <= 0 ? 3 : consumerRetries;
        consumerRetryInterval = consumerRetryInterval == null ? Duration.ofMillis(500) : consumerRetryInterval;
    }
}
