package org.example.gov.platform.audit;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Runs the chainer (every second by default) and the purge (daily) on a thread of their own in every replica. */
public class AuditSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditSchedule.class);

    private final AuditChainer chainer;
    private final AuditPurge purge;
    private final Duration chainInterval;
    private final Duration purgeInterval;
    private volatile ScheduledExecutorService scheduler;
    /** The jobs failing now ("chain", "purge"): each outage is reported once, not at every run. */
    private final Set<String> failing = ConcurrentHashMap.newKeySet();

    AuditSchedule(AuditChainer chainer, AuditPurge purge, Duration chainInterval, Duration purgeInterval) {
        this.chainer = chainer;
        this.purge = purge;
        this.chainInterval = chainInterval;
        this.purgeInterval = purgeInterval;
    }

    /** Chains what is pending now (tests, and a shutdown that should leave nothing unlinked). */
    public int chainNow() {
        return chainer.chainPending();
    }

    /** Purges what is past the retention now. */
    public long purgeNow() {
        return purge.purge();
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("audit-trail").daemon().factory());
        scheduler.scheduleWithFixedDelay(() -> quietly("chain", this::chainNow), chainInterval.toMillis(),
                chainInterval.toMillis(), TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(() -> quietly("purge", this::purgeNow), purgeInterval.toMillis(),
                purgeInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void quietly(String what, Runnable job) {
        try {
            job.run();
            if (failing.remove(what)) {
                log.info("Audit trail {} works again", what);
            }
        } catch (RuntimeException e) {
            // once per outage, not every second: the gateway keeps running while its database is away
            if (failing.add(what)) {
                log.warn("Audit trail {} failed; retried at every run until it works: {}", what, e.toString());
            } else {
                log.debug("Audit trail {} still failing: {}", what, e.toString());
            }
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = scheduler;
        if (running != null) {
            running.shutdownNow();
            scheduler = null;
        }
        try {
            chainer.chainPending(); // leave nothing unlinked
        } catch (RuntimeException e) {
            log.warn("Audit trail: could not chain the last entries at shutdown; the next start does: {}", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
