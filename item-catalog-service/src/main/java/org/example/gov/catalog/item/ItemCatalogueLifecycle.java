package org.example.gov.catalog.item;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Builds the in-memory catalogue before the web server takes requests, then every
 * {@code catalog.items.refresh-interval} takes in items that another replica changed.
 */
@Component
public class ItemCatalogueLifecycle implements SmartInitializingSingleton, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ItemCatalogueLifecycle.class);

    private final ItemService items;
    private final Duration refreshInterval;
    private ScheduledExecutorService refresher;
    private volatile Instant watermark;
    private boolean running;

    public ItemCatalogueLifecycle(ItemService items, @Value("${catalog.items.refresh-interval:10s}") Duration refreshInterval) {
        this.items = items;
        this.refreshInterval = refreshInterval;
    }

    @Override
    public void afterSingletonsInstantiated() {
        watermark = items.databaseNow();
        items.loadCatalogue();
    }

    @Override
    public synchronized void start() {
        running = true;
        if (refresher != null || refreshInterval.isZero() || refreshInterval.isNegative()) {
            return;
        }
        refresher = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("catalogue-refresh").daemon().factory());
        refresher.scheduleWithFixedDelay(this::catchUp, refreshInterval.toMillis(), refreshInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void catchUp() {
        try {
            // a small overlap so a commit racing with the previous check is not missed (re-reading is harmless)
            watermark = items.catchUp(watermark.minusSeconds(2));
        } catch (RuntimeException e) {
            log.warn("Catalogue refresh failed; serving the catalogue in memory: {}", e.toString());
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
