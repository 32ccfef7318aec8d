package org.example.gov.hotline.open311.web;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import org.example.gov.hotline.open311.Open311Exception;

/**
 * Open311's public lists (GET requests.json / .xml) as rendered, kept for a few seconds
 * ({@code platform.hotline.open311.list-cache-ttl}, 10 s by default; 0 keeps nothing).
 * <p>
 * <b>Why.</b> Apps, partner cities and crawlers poll the same few lists (the default one is the last 90 days, up to
 * 1,000 requests, half a megabyte). Built anew, each is read from the ticket table the agents' intake writes to and
 * rendered again (bench/hotline.sh measures both ways: kept lists went about five times as fast on a million tickets).
 * Everything in them is public (PublicRequest) and the same for every caller, and GeoReport v2 promises no freshness:
 * a list may be up to the TTL old, which its {@code Cache-Control: max-age} says. One request's page
 * ({@code requests/{id}}) and tokens are never kept, so a reporter checking the request they just filed sees it at once.
 * <p>
 * Concurrent misses of one list render it once (the others wait for it); a failure is not kept. The whole cache is
 * bounded by weight (the heap is 256 MiB).
 * <p>
 * <b>Renders at once are bounded too</b> ({@code concurrent-list-renders}, 4 by default). A list of 1,000 requests is
 * read whole into the driver's buffers, mapped and rendered: a few megabytes while it is built. Every request runs on
 * its own virtual thread, so 32 clients asking for lists never seen before built 20 of them at once (one per pooled
 * connection), held for hundreds of milliseconds on two cores; the heap's old generation filled with half-built lists
 * and the service ran a full collection every second or two (bench/process-cpu.sh under bench/hotline.sh's "each list
 * new"), and once died of OutOfMemoryError. Two cores build no faster with more at once; the others wait here, holding
 * nothing, up to {@code list-render-wait}, then get 503 with Retry-After. A list already kept never waits.
 */
public final class Open311ListCache {

    static final long MAX_BYTES = 16L * 1024 * 1024;

    private final Duration ttl;
    private final Cache<List<String>, RenderedList> rendered;
    private final Semaphore renders;
    private final Duration renderWait;

    public Open311ListCache(Duration ttl, Ticker ticker, int concurrentRenders, Duration renderWait) {
        this.ttl = ttl == null || ttl.isNegative() ? Duration.ZERO : ttl;
        this.rendered = this.ttl.isZero() ? null : Caffeine.newBuilder().ticker(ticker).expireAfterWrite(this.ttl)
                .maximumWeight(MAX_BYTES).weigher((List<String> key, RenderedList list) -> list.weight()).build();
        if (concurrentRenders < 1) {
            throw new IllegalArgumentException("concurrent-list-renders must be at least 1");
        }
        this.renders = new Semaphore(concurrentRenders, true);
        this.renderWait = renderWait;
    }

    /**
     * The list under this key (the format and every query parameter as sent), rendered at most once per TTL, and by
     * at most {@code concurrentRenders} callers at once.
     */
    RenderedList get(List<String> key, Supplier<byte[]> render) {
        RenderedList kept = rendered == null ? null : rendered.getIfPresent(key);
        if (kept != null) {
            return kept;
        }
        // the permit is taken outside the cache's computation, so a wait here never blocks another list's lookup
        acquireRender();
        try {
            return rendered == null ? new RenderedList(render.get())
                    : rendered.get(key, k -> new RenderedList(render.get()));
        } finally {
            renders.release();
        }
    }

    private void acquireRender() {
        boolean acquired;
        try {
            acquired = renders.tryAcquire(renderWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw Open311Exception.unavailable("Too many lists are being built at once; try again in a moment");
        }
    }

    /** How long a list may be kept, here and by anyone downstream. */
    Duration ttl() {
        return ttl;
    }
}
