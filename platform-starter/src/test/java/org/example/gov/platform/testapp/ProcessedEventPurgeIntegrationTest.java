package org.example.gov.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.example.gov.platform.events.IdempotentConsumer;
import org.example.gov.platform.events.IncomingEvent;
import org.example.gov.platform.events.ProcessedEventPurge;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Processed-event ids expire after the retention (7 days by default), in bounded batches, safely from every replica. */
@PlatformIntegrationTest
class ProcessedEventPurgeIntegrationTest {

    @Autowired
    ProcessedEventPurge purge;

    @Autowired
    IdempotentConsumer idempotent;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    final String consumer = "purge-test-" + UUID.randomUUID();

    @BeforeEach
    void nothingExpiredIsLeftFromOtherTests() {
        purge.purge();
    }

    @Test
    void idsOlderThanTheRetentionAreDeletedAndYoungerOnesKept() {
        List<String> expired = processedDaysAgo(8, 3);
        List<String> young = processedDaysAgo(6, 2);
        List<String> fresh = processedDaysAgo(0, 2);

        assertThat(purge.purge()).isEqualTo(3);

        assertThat(remaining(expired)).isZero();
        assertThat(remaining(young)).isEqualTo(2);
        assertThat(remaining(fresh)).isEqualTo(2);
    }

    @Test
    void oneBatchDeletesAtMostTheBatchSizeAndThePurgeGoesOnUntilNothingExpiredIsLeft() {
        List<String> expired = processedDaysAgo(30, 2_500);

        assertThat(purge.purgeBatch()).isEqualTo(1_000);
        assertThat(remaining(expired)).isEqualTo(1_500);

        assertThat(purge.purge()).isEqualTo(1_500);
        assertThat(remaining(expired)).isZero();
    }

    @Test
    void replicasPurgingAtTheSameTimeDeleteEachIdOnceWithoutFailing() {
        List<String> expired = processedDaysAgo(10, 4_000);

        List<CompletableFuture<Long>> replicas = IntStream.range(0, 3)
                .mapToObj(i -> CompletableFuture.supplyAsync(purge::purge)).toList();

        assertThat(replicas.stream().mapToLong(CompletableFuture::join).sum()).isEqualTo(4_000);
        assertThat(remaining(expired)).isZero();
    }

    @Test
    void aRedeliveryWithinTheRetentionIsStillRecognisedOneBeyondItIsNot() {
        IncomingEvent recent = event();
        IncomingEvent old = event();
        assertThat(idempotent.handleOnce(consumer, recent, e -> { })).isTrue();
        assertThat(idempotent.handleOnce(consumer, old, e -> { })).isTrue();
        jdbc.sql("UPDATE processed_event SET processed_at = CURRENT_TIMESTAMP(6) - INTERVAL 8 DAY WHERE consumer = :c AND event_id = :id")
                .param("c", consumer).param("id", old.id()).update();

        purge.purge();

        assertThat(idempotent.handleOnce(consumer, recent, e -> { })).as("still within the retention").isFalse();
        assertThat(idempotent.handleOnce(consumer, old, e -> { }))
                .as("documented trade-off: Kafka must not redeliver beyond the retention").isTrue();
    }

    private List<String> processedDaysAgo(int days, int count) {
        List<String> ids = IntStream.range(0, count).mapToObj(i -> UUID.randomUUID().toString()).toList();
        jdbcTemplate.batchUpdate("""
                INSERT INTO processed_event (consumer, event_id, event_type, processed_at)
                VALUES (?, ?, 'gov.test.widget-made.v1', CURRENT_TIMESTAMP(6) - INTERVAL ? DAY)""", ids, 1_000,
                (statement, id) -> {
                    statement.setString(1, consumer);
                    statement.setString(2, id);
                    statement.setInt(3, days);
                });
        return ids;
    }

    private long remaining(List<String> ids) {
        return jdbc.sql("SELECT COUNT(*) FROM processed_event WHERE consumer = :c AND event_id IN (:ids)")
                .param("c", consumer).param("ids", ids).query(Long.class).single();
    }

    private static IncomingEvent event() {
        return new IncomingEvent(UUID.randomUUID().toString(), "gov.test.widget-made.v1", "/gov/test", "s",
                OffsetDateTime.now(ZoneOffset.UTC), "{}");
    }
}
