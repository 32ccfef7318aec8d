package org.example.gov.hotline.open311.web;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

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
 */
public final class Open311ListCache {

    static final long MAX_BYTES = 16L * 1024 * 1024;

    private final Duration ttl;
    private final Cache<List<String>, byte[]> rendered;

    public Open311ListCache(Duration ttl, Ticker ticker) {
        this.ttl = ttl == null || ttl.isNegative() ? Duration.ZERO : ttl;
        this.rendered = this.ttl.isZero() ? null : Caffeine.newBuilder().ticker(ticker).expireAfterWrite(this.ttl)
                .maximumWeight(MAX_BYTES).weigher((List<String> key, byte[] body) -> body.length).build();
    }

    /** The list under this key (the format and every query parameter as sent), rendered at most once per TTL. */
    byte[] get(List<String> key, Supplier<byte[]> render) {
        return rendered == null ? render.get() : rendered.get(key, k -> render.get());
    }

    /** How long a list may be kept, here and by anyone downstream. */
    Duration ttl() {
        return ttl;
    }
}
