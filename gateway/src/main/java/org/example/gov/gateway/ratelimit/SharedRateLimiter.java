package org.example.gov.gateway.ratelimit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Decides whether a request is within its quota, with the quotas shared by every gateway replica.
 * <p>
 * <b>Design.</b> Each quota is a token bucket (sustained rate + burst) stored as one GCRA row in the database all
 * replicas use ({@link BucketStore}, one upsert per round trip). A replica does not ask the store for every request:
 * it takes a small <i>lease</i> of permits and spends it locally. A lease starts at 1 permit and doubles while the
 * quota keeps emptying it (up to a tenth of the burst), and expires after {@value #LEASE_TTL_MILLIS} ms, so a busy
 * client (a benchmark, a partner's batch) costs one round trip per up to {@code burst/10} requests, while an
 * occasional one costs one round trip per request (it is occasional). The leases cannot make the replicas together
 * admit more than the bucket allows (permits are taken in the store before they are spent); what a lease does not
 * spend before it expires is lost, at most {@code burst/10 - 1} per replica, which only matters to a client already at
 * its limit. Requests that find the lease empty while a round trip for it is in flight wait for that one. After the
 * store refuses, the replica refuses that quota locally for one interval (the time one permit takes to come back,
 * which is also the {@code Retry-After}), so a flood is refused without a round trip per request.
 * <p>
 * <b>Failure.</b> JDBC runs on a small dedicated pool ({@code scheduler}) with a timeout. A store that fails, times
 * out or whose queue is full lets the request through (fail open: an outage of the limiter must not become an outage
 * of the platform), counts it ({@code gateway.ratelimit.unchecked}, {@code gateway.ratelimit.store.failures}), logs a
 * WARN at most once a minute, and is left alone for {@code store-retry-interval} before it is tried again.
 */
public class SharedRateLimiter {

    static final long LEASE_TTL_MILLIS = 1000;
    private static final Logger log = LoggerFactory.getLogger(SharedRateLimiter.class);
    private static final long WARN_INTERVAL_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final BucketStore store;
    private final Scheduler scheduler;
    private final RateLimitProperties properties;
    private final Clock clock;
    private final ConcurrentHashMap<String, Lease> leases = new ConcurrentHashMap<>();
    private final MeterRegistry meters;
    private final Counter unchecked;
    private final Counter storeFailures;
    private final Timer storeTake;
    private final AtomicLong failuresSinceWarn = new AtomicLong();
    private volatile long storeDownUntil = System.nanoTime();
    private volatile long lastWarn = System.nanoTime() - WARN_INTERVAL_NANOS;

    public SharedRateLimiter(BucketStore store, Scheduler scheduler, RateLimitProperties properties, Clock clock,
            MeterRegistry meters) {
        this.store = store;
        this.scheduler = scheduler;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
        this.unchecked = Counter.builder("gateway.ratelimit.unchecked")
                .description("Requests served without a rate-limit decision because the shared store was unavailable")
                .register(meters);
        this.storeFailures = Counter.builder("gateway.ratelimit.store.failures")
                .description("Failed or timed-out round trips to the rate-limit store").register(meters);
        this.storeTake = Timer.builder("gateway.ratelimit.store.take")
                .description("Round trips to the rate-limit store (one per lease)").register(meters);
    }

    public Mono<Decision> check(LimitKey key) {
        RateLimitProperties.Limit limit = properties.limitFor(key.kind());
        Lease lease = leases.computeIfAbsent(key.storeKey(), k -> new Lease());
        return acquire(key, lease, limit);
    }

    private Mono<Decision> acquire(LimitKey key, Lease lease, RateLimitProperties.Limit limit) {
        long now = System.nanoTime();
        if (now - storeDownUntil < 0) {
            unchecked.increment();
            return Mono.just(Decision.ALLOWED);
        }
        Mono<Void> pending;
        synchronized (lease) {
            if (now - lease.refusedUntil < 0) {
                return Mono.just(refused(key, lease.refusedUntil - now));
            }
            if (now - lease.expiresAt >= 0) {
                lease.available = 0;
                lease.block = 1;
            }
            if (lease.available > 0) {
                lease.available--;
                return Mono.just(Decision.ALLOWED);
            }
            if (lease.pending == null) {
                lease.pending = takeFromStore(key, lease, limit);
            }
            pending = lease.pending;
        }
        // the round trip refilled the lease, refused the quota or failed open: decide again on what it left
        return pending.then(Mono.defer(() -> acquire(key, lease, limit)));
    }

    private Mono<Void> takeFromStore(LimitKey key, Lease lease, RateLimitProperties.Limit limit) {
        long wanted;
        synchronized (lease) {
            wanted = lease.block;
        }
        return Mono.fromCallable(() -> {
                    long started = System.nanoTime();
                    long granted = store.take(key.storeKey(), nowMicros(), wanted, limit);
                    storeTake.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                    return granted;
                })
                .subscribeOn(scheduler)
                .timeout(properties.storeTimeout())
                // continue the request on a CPU thread, not on one of the few JDBC threads
                .publishOn(Schedulers.parallel())
                .doOnNext(granted -> {
                    long now = System.nanoTime();
                    synchronized (lease) {
                        lease.pending = null;
                        if (granted > 0) {
                            lease.available += granted;
                            lease.expiresAt = now + TimeUnit.MILLISECONDS.toNanos(LEASE_TTL_MILLIS);
                            lease.block = Math.min(maxBlock(limit), wanted * 2);
                        } else {
                            lease.refusedUntil = now + TimeUnit.MICROSECONDS.toNanos(limit.intervalMicros());
                            lease.block = 1;
                        }
                    }
                })
                .onErrorResume(failure -> {
                    synchronized (lease) {
                        lease.pending = null;
                    }
                    storeFailed(failure);
                    return Mono.empty();
                })
                .then()
                .cache();
    }

    private Decision refused(LimitKey key, long remainingNanos) {
        meters.counter("gateway.ratelimit.refused", "kind", key.kind().name().toLowerCase(Locale.ROOT))
                .increment();
        return Decision.refused((remainingNanos + 999_999_999L) / 1_000_000_000L);
    }

    private void storeFailed(Throwable failure) {
        long now = System.nanoTime();
        storeFailures.increment();
        storeDownUntil = now + properties.storeRetryInterval().toNanos();
        long suppressed = failuresSinceWarn.incrementAndGet();
        if (now - lastWarn >= WARN_INTERVAL_NANOS) {
            lastWarn = now;
            failuresSinceWarn.set(0);
            log.warn("Rate-limit store unavailable ({} failure(s) since the last warning); requests are served without "
                    + "limits for {} before it is tried again: {}", suppressed, properties.storeRetryInterval(),
                    describe(failure));
        }
    }

    /** Forgets leases that are spent and expired, so addresses seen once do not stay in memory. */
    public void forgetIdleLeases() {
        long now = System.nanoTime();
        leases.entrySet().removeIf(entry -> {
            Lease lease = entry.getValue();
            synchronized (lease) {
                return lease.pending == null && now - lease.expiresAt >= 0 && now - lease.refusedUntil >= 0;
            }
        });
    }

    int leaseCount() {
        return leases.size();
    }

    long nowMicros() {
        Instant now = clock.instant();
        return ChronoUnit.MICROS.between(Instant.EPOCH, now);
    }

    /** A tenth of the burst: what one replica may hold unspent. */
    static long maxBlock(RateLimitProperties.Limit limit) {
        return Math.max(1, limit.burst() / 10);
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? failure.toString() : failure + " (" + root + ")";
    }

    /** This replica's share of one quota; guarded by its own monitor. */
    private static final class Lease {
        long available;
        long block = 1;
        long expiresAt = System.nanoTime();
        long refusedUntil = System.nanoTime();
        Mono<Void> pending;
    }
}
