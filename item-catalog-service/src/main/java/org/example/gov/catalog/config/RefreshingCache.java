package org.example.gov.catalog.config;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.SmartLifecycle;

/**
 * The life of an in-memory read model: loaded once before the web server takes requests, then refreshed
 * every {@code interval} so changes made by another replica arrive (this replica's own changes are applied
 * after commit). A failed refresh keeps serving what is in memory.
 */
public abstract class RefreshingCache implements SmartInitializingSingleton, SmartLifecycle {

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String name;
    private final Duration interval;
    private ScheduledExecutorService refresher;
    private boolean running;

    protected RefreshingCache(String name, Duration interval) {
        this.name = name;
        this.interval = interval;
    }

    /** Fills the cache at start-up; a failure here stops the application, as it should. */
    protected abstract void load();

    /** Takes in what changed elsewhere since the last load or refresh. */
    protected abstract void refresh();

    @Override
    public void afterSingletonsInstantiated() {
        load();
    }

    @Override
    public synchronized void start() {
        running = true;
        if (refresher != null || interval.isZero() || interval.isNegative()) {
            return;
        }
        refresher = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name(name + "-refresh").daemon().factory());
        refresher.scheduleWithFixedDelay(this::safeRefresh, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void safeRefresh() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("{} refresh failed; serving what is in memory: {}", name, e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (refresher != null) {
            refresher.shutdownNow();
            refresher = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return running;
    }
}
