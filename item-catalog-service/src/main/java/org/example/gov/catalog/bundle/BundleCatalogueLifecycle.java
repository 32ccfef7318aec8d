package org.example.gov.catalog.bundle;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Loads the bundles into memory before the web server takes requests, then reloads them periodically. */
@Component
public class BundleCatalogueLifecycle implements SmartInitializingSingleton, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BundleCatalogueLifecycle.class);

    private final BundleService bundles;
    private final Duration refreshInterval;
    private ScheduledExecutorService refresher;
    private boolean running;

    public BundleCatalogueLifecycle(BundleService bundles,
            @Value("${catalog.bundles.refresh-interval:30s}") Duration refreshInterval) {
        this.bundles = bundles;
        this.refreshInterval = refreshInterval;
    }

    @Override
    public void afterSingletonsInstantiated() {
        bundles.loadCatalogue();
    }

    @Override
    public synchronized void start() {
        running = true;
        if (refresher != null || refreshInterval.isZero() || refreshInterval.isNegative()) {
            return;
        }
        refresher = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("bundle-refresh").daemon().factory());
        refresher.scheduleWithFixedDelay(this::reload, refreshInterval.toMillis(), refreshInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void reload() {
        try {
            bundles.loadCatalogue();
        } catch (RuntimeException e) {
            log.warn("Bundle refresh failed; serving the bundles in memory: {}", e.toString());
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
