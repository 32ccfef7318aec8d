package org.example.gov.hotline.open311.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The public lists' cache: kept for the TTL and no longer, rendered once for concurrent callers, failures not kept. */
class Open311ListCacheTest {

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger renders = new AtomicInteger();
    private final List<String> defaultList = Arrays.asList("json", "440300", null, null, null, null, null,
            null, null, null, null);

    private Supplier<byte[]> render(String body) {
        return () -> {
            renders.incrementAndGet();
            return body.getBytes(StandardCharsets.UTF_8);
        };
    }

    @Test
    void aListIsKeptForTheTtlAndRenderedAgainAfterIt() {
        Open311ListCache cache = new Open311ListCache(Duration.ofSeconds(10), nanos::get);

        assertThat(cache.get(defaultList, render("first"))).asString().isEqualTo("first");
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(9));
        assertThat(cache.get(defaultList, render("second"))).asString().isEqualTo("first");
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(2));
        assertThat(cache.get(defaultList, render("third"))).asString().isEqualTo("third");
        assertThat(renders).hasValue(2);
        assertThat(cache.ttl()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void anotherFormatOrParameterIsAnotherList() {
        Open311ListCache cache = new Open311ListCache(Duration.ofSeconds(10), nanos::get);
        List<String> xml = new ArrayList<>(defaultList);
        xml.set(0, "xml");
        List<String> open = new ArrayList<>(defaultList);
        open.set(4, "open");

        cache.get(defaultList, render("json"));
        assertThat(cache.get(xml, render("xml"))).asString().isEqualTo("xml");
        assertThat(cache.get(open, render("open"))).asString().isEqualTo("open");
        assertThat(renders).hasValue(3);
    }

    @Test
    void aZeroTtlKeepsNothing() {
        Open311ListCache cache = new Open311ListCache(Duration.ZERO, nanos::get);

        cache.get(defaultList, render("first"));
        assertThat(cache.get(defaultList, render("second"))).asString().isEqualTo("second");
        assertThat(renders).hasValue(2);
    }

    @Test
    void aFailedRenderingIsNotKept() {
        Open311ListCache cache = new Open311ListCache(Duration.ofSeconds(10), nanos::get);

        assertThatThrownBy(() -> cache.get(defaultList, () -> {
            throw new IllegalStateException("database down");
        })).isInstanceOf(IllegalStateException.class).hasMessage("database down");
        assertThat(cache.get(defaultList, render("after"))).asString().isEqualTo("after");
    }

    @Test
    void concurrentMissesOfOneListRenderItOnce() throws Exception {
        Open311ListCache cache = new Open311ListCache(Duration.ofSeconds(10), nanos::get);
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            Future<byte[]> first = callers.submit(() -> cache.get(defaultList, () -> {
                renders.incrementAndGet();
                rendering.countDown();
                await(release);
                return "slow".getBytes(StandardCharsets.UTF_8);
            }));
            assertThat(rendering.await(5, TimeUnit.SECONDS)).isTrue();
            List<Future<byte[]>> others = IntStream.range(0, 7)
                    .mapToObj(i -> callers.submit(() -> cache.get(defaultList, render("again")))).toList();
            Thread.sleep(100); // the others are waiting on the first rendering
            release.countDown();

            assertThat(first.get(5, TimeUnit.SECONDS)).asString().isEqualTo("slow");
            for (Future<byte[]> other : others) {
                assertThat(other.get(5, TimeUnit.SECONDS)).asString().isEqualTo("slow");
            }
            assertThat(renders).hasValue(1);
        } finally {
            callers.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
