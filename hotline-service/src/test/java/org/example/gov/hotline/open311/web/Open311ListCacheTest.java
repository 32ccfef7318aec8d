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

import org.example.gov.hotline.open311.Open311Exception;
import org.junit.jupiter.api.Test;

/**
 * The public lists' cache: kept for the TTL and no longer, rendered once for concurrent callers, failures not kept, and
 * no more lists built at once than allowed (the rest wait their turn, then 503).
 */
class Open311ListCacheTest {

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger renders = new AtomicInteger();
    private final List<String> defaultList = Arrays.asList("json", "440300", null, null, null, null, null,
            null, null, null, null);

    private Open311ListCache cache(Duration ttl) {
        return new Open311ListCache(ttl, nanos::get, 4, Duration.ofSeconds(5));
    }

    private List<String> list(String status) {
        List<String> key = new ArrayList<>(defaultList);
        key.set(4, status);
        return key;
    }

    /** The list's body as the cache answers it. */
    private static byte[] get(Open311ListCache cache, List<String> key, Supplier<byte[]> render) {
        return cache.get(key, render).body();
    }

    private Supplier<byte[]> render(String body) {
        return () -> {
            renders.incrementAndGet();
            return body.getBytes(StandardCharsets.UTF_8);
        };
    }

    @Test
    void aListIsKeptForTheTtlAndRenderedAgainAfterIt() {
        Open311ListCache cache = cache(Duration.ofSeconds(10));

        assertThat(get(cache, defaultList, render("first"))).asString().isEqualTo("first");
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(9));
        assertThat(get(cache, defaultList, render("second"))).asString().isEqualTo("first");
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(2));
        assertThat(get(cache, defaultList, render("third"))).asString().isEqualTo("third");
        assertThat(renders).hasValue(2);
        assertThat(cache.ttl()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void anotherFormatOrParameterIsAnotherList() {
        Open311ListCache cache = cache(Duration.ofSeconds(10));
        List<String> xml = new ArrayList<>(defaultList);
        xml.set(0, "xml");
        List<String> open = new ArrayList<>(defaultList);
        open.set(4, "open");

        get(cache, defaultList, render("json"));
        assertThat(get(cache, xml, render("xml"))).asString().isEqualTo("xml");
        assertThat(get(cache, open, render("open"))).asString().isEqualTo("open");
        assertThat(renders).hasValue(3);
    }

    @Test
    void aZeroTtlKeepsNothing() {
        Open311ListCache cache = cache(Duration.ZERO);

        get(cache, defaultList, render("first"));
        assertThat(get(cache, defaultList, render("second"))).asString().isEqualTo("second");
        assertThat(renders).hasValue(2);
    }

    @Test
    void aFailedRenderingIsNotKept() {
        Open311ListCache cache = cache(Duration.ofSeconds(10));

        assertThatThrownBy(() -> get(cache, defaultList, () -> {
            throw new IllegalStateException("database down");
        })).isInstanceOf(IllegalStateException.class).hasMessage("database down");
        assertThat(get(cache, defaultList, render("after"))).asString().isEqualTo("after");
    }

    @Test
    void concurrentMissesOfOneListRenderItOnce() throws Exception {
        Open311ListCache cache = cache(Duration.ofSeconds(10));
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            Future<byte[]> first = callers.submit(() -> get(cache, defaultList, () -> {
                renders.incrementAndGet();
                rendering.countDown();
                await(release);
                return "slow".getBytes(StandardCharsets.UTF_8);
            }));
            assertThat(rendering.await(5, TimeUnit.SECONDS)).isTrue();
            List<Future<byte[]>> others = IntStream.range(0, 7)
                    .mapToObj(i -> callers.submit(() -> get(cache, defaultList, render("again")))).toList();
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

    @Test
    void noMoreListsAreBuiltAtOnceThanAllowedAndAKeptListNeverWaits() throws Exception {
        Open311ListCache cache = new Open311ListCache(Duration.ofSeconds(10), nanos::get, 2, Duration.ofMillis(200));
        get(cache, defaultList, render("kept"));
        CountDownLatch building = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            List<Future<byte[]>> slow = List.of("open", "closed").stream()
                    .map(status -> callers.submit(() -> get(cache, list(status), () -> {
                        building.countDown();
                        await(release);
                        return status.getBytes(StandardCharsets.UTF_8);
                    }))).toList();
            assertThat(building.await(5, TimeUnit.SECONDS)).isTrue();

            // both turns taken: a third list waits its 200 ms, then is refused as busy (503), built by nobody
            long before = System.nanoTime();
            assertThatThrownBy(() -> get(cache, list("third"), render("third")))
                    .isInstanceOfSatisfying(Open311Exception.class, e -> assertThat(e.status()).isEqualTo(503));
            assertThat(Duration.ofNanos(System.nanoTime() - before)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
            // a list already kept is answered without a turn
            assertThat(get(cache, defaultList, render("again"))).asString().isEqualTo("kept");

            release.countDown();
            assertThat(slow.get(0).get(5, TimeUnit.SECONDS)).asString().isEqualTo("open");
            assertThat(slow.get(1).get(5, TimeUnit.SECONDS)).asString().isEqualTo("closed");
            // the turns are given back, also by a build that failed
            assertThatThrownBy(() -> get(cache, list("failing"), () -> {
                throw new IllegalStateException("database down");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(get(cache, list("third"), render("third"))).asString().isEqualTo("third");
            assertThat(renders).hasValue(2);
        } finally {
            release.countDown();
            callers.shutdownNow();
        }
    }

    @Test
    void aListWaitingForItsTurnIsBuiltWhenOneFinishes() throws Exception {
        Open311ListCache cache = new Open311ListCache(Duration.ZERO, nanos::get, 1, Duration.ofSeconds(5));
        CountDownLatch building = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            Future<byte[]> first = callers.submit(() -> get(cache, list("open"), () -> {
                building.countDown();
                await(release);
                return "first".getBytes(StandardCharsets.UTF_8);
            }));
            assertThat(building.await(5, TimeUnit.SECONDS)).isTrue();
            Future<byte[]> second = callers.submit(() -> get(cache, list("closed"), render("second")));
            Thread.sleep(100);
            assertThat(second).isNotDone(); // waiting for the one turn, not built beside the first
            assertThat(renders).hasValue(0);

            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).asString().isEqualTo("first");
            assertThat(second.get(5, TimeUnit.SECONDS)).asString().isEqualTo("second");
        } finally {
            release.countDown();
            callers.shutdownNow();
        }
    }

    @Test
    void atLeastOneListMustBeBuildable() {
        assertThatThrownBy(() -> new Open311ListCache(Duration.ZERO, nanos::get, 0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
