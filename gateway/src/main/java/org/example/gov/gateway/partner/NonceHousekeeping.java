package org.example.gov.gateway.partner;

import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;

/**
 * Every minute deletes the nonces whose requests have left the window (every replica does it; deleting a row twice
 * is harmless and a purged nonce's timestamp already refuses a replay).
 */
public class NonceHousekeeping implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NonceHousekeeping.class);

    private final NonceStore store;
    private final PartnerRequestVerifier verifier;
    private final Scheduler scheduler;
    private volatile Disposable task;

    public NonceHousekeeping(NonceStore store, PartnerRequestVerifier verifier, Scheduler scheduler) {
        this.store = store;
        this.verifier = verifier;
        this.scheduler = scheduler;
    }

    @Override
    public void start() {
        task = scheduler.schedulePeriodically(this::purge, 1, 1, TimeUnit.MINUTES);
    }

    void purge() {
        try {
            log.debug("Purged {} expired partner nonces", store.purge(verifier.nowEpochSeconds()));
        } catch (Exception e) {
            // requests report the store being away; the next run tries again
            log.debug("Partner nonce purge failed: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        Disposable running = task;
        if (running != null) {
            running.dispose();
        }
        task = null;
    }

    @Override
    public boolean isRunning() {
        return task != null;
    }
}
