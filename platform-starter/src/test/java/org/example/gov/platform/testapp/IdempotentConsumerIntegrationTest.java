package org.example.gov.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.example.gov.platform.events.IdempotentConsumer;
import org.example.gov.platform.events.IncomingEvent;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An event's effect is applied once per consumer, and only together with the record that it was. */
@PlatformIntegrationTest
class IdempotentConsumerIntegrationTest {

    static final String CONSUMER = "starter-test.widgets";

    @Autowired
    IdempotentConsumer idempotent;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSameEventHandledTwiceHasItsEffectOnce() {
        IncomingEvent event = event();
        AtomicInteger runs = new AtomicInteger();

        boolean first = idempotent.handleOnce(CONSUMER, event, e -> {
            runs.incrementAndGet();
            makeWidget(e);
        });
        boolean redelivered = idempotent.handleOnce(CONSUMER, event, e -> {
            runs.incrementAndGet();
            makeWidget(e);
        });

        assertThat(first).isTrue();
        assertThat(redelivered).isFalse();
        assertThat(runs).hasValue(1);
        assertThat(widgets(event)).isEqualTo(1);
        assertThat(processed(CONSUMER, event)).isEqualTo(1);
    }

    @Test
    void aFailedEffectLeavesNoTraceSoTheRedeliveryAppliesIt() {
        IncomingEvent event = event();

        assertThatThrownBy(() -> idempotent.handleOnce(CONSUMER, event, e -> {
            makeWidget(e);
            throw new IllegalStateException("the effect failed half-way");
        })).hasMessage("the effect failed half-way");

        assertThat(processed(CONSUMER, event)).isZero();
        assertThat(widgets(event)).as("the half-done effect is rolled back with the mark").isZero();

        assertThat(idempotent.handleOnce(CONSUMER, event, this::makeWidget)).isTrue();
        assertThat(processed(CONSUMER, event)).isEqualTo(1);
        assertThat(widgets(event)).isEqualTo(1);
    }

    @Test
    void eachConsumerAppliesTheSameEventOnceForItself() {
        IncomingEvent event = event();

        assertThat(idempotent.handleOnce(CONSUMER, event, this::makeWidget)).isTrue();
        assertThat(idempotent.handleOnce("starter-test.audit", event, this::makeWidget)).isTrue();
        assertThat(idempotent.handleOnce("starter-test.audit", event, this::makeWidget)).isFalse();

        assertThat(widgets(event)).isEqualTo(2);
    }

    @Test
    void twoDeliveriesOfOneEventAtTheSameTimeApplyItOnce() {
        IncomingEvent event = event();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);

        List<CompletableFuture<Boolean>> deliveries = List.of(1, 2).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return idempotent.handleOnce(CONSUMER, event, e -> {
                        runs.incrementAndGet();
                        makeWidget(e);
                    });
                }))
                .toList();
        start.countDown();

        assertThat(deliveries).extracting(CompletableFuture::join).containsExactlyInAnyOrder(true, false);
        assertThat(runs).hasValue(1);
        assertThat(widgets(event)).isEqualTo(1);
    }

    private static IncomingEvent event() {
        String subject = UUID.randomUUID().toString();
        return new IncomingEvent(UUID.randomUUID().toString(), "gov.test.widget-made.v1", "/gov/test", subject,
                OffsetDateTime.now(ZoneOffset.UTC), "{\"subject\":\"" + subject + "\"}");
    }

    private void makeWidget(IncomingEvent event) {
        jdbc.sql("INSERT INTO widget (id, subject, name) VALUES (:id, :subject, :name)")
                .param("id", UUID.randomUUID().toString())
                .param("subject", event.subject())
                .param("name", "from " + event.type())
                .update();
    }

    private long widgets(IncomingEvent event) {
        return jdbc.sql("SELECT COUNT(*) FROM widget WHERE subject = :s").param("s", event.subject()).query(Long.class).single();
    }

    private long processed(String consumer, IncomingEvent event) {
        return jdbc.sql("SELECT COUNT(*) FROM processed_event WHERE consumer = :c AND event_id = :id")
                .param("c", consumer).param("id", event.id()).query(Long.class).single();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
