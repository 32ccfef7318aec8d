package org.example.gov.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;

/**
 * Keeps the limiter's state small: every 10 s this replica forgets its spent leases (so each address seen once does not
 * stay in memory), every minute it deletes the store's buckets unused for {@value #IDLE_MINUTES} minutes (every replica
 * does it; a missing row is a full bucket, so a purge changes no decision and doing it twice is harmless).
 */
public class RateLimitHousekeeping implements SmartLifecycle {

    static final long IDLE_MINUTES = 5;
    private static final Logger log = LoggerFactory.getLogger(RateLimitHousekeeping.class);

    private final SharedRateLimiter limiter;
    private final BucketStore store;
    private final Scheduler scheduler;
    private volatile Disposable leases;
    private volatile Disposable buckets;

    public RateLimitHousekeeping(SharedRateLimiter limiter, BucketStore store, Scheduler scheduler) {
        this.limiter = limiter;
        this.store = store;
        this.scheduler = scheduler;
    }

    @Override
    public void start() {
        leases = scheduler.schedulePeriodically(limiter::forgetIdleLeases, 10, 10, TimeUnit.SECONDS);
        buckets = scheduler.schedulePeriodically(this::purge, 1, 1, TimeUnit.MINUTES);
    }

    void purge() {
        try {
            long deleted = store.purge(limiter.nowMicros() - Duration.ofMinutes(IDLE_MINUTES).toNanos() / 1000);
            log.debug("Purged {} idle rate-limit buckets", deleted);
        } catch (Exception e) {
            // the store being away is reported by the limiter; the next run tries again
            log.debug("Rate-limit bucket purge failed: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        for (Disposable task : new Disposable[] {leases, buckets}) {
            if (task != null) {
                task.dispose();
            }
        }
        leases = null;
        buckets = null;
    }

    @Override
    public boolean isRunning() {
        return leases != null;
    }
}
