package org.example.gov.catalog.item;

import java.time.Duration;
import java.time.Instant;

import org.example.gov.catalog.config.RefreshingCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Builds the in-memory catalogue before the web server takes requests, then every
 * {@code catalog.items.refresh-interval} takes in items that another replica changed.
 */
@Component
public class ItemCatalogueLifecycle extends RefreshingCache {

    private final ItemService items;
    private volatile Instant watermark;

    public ItemCatalogueLifecycle(ItemService items, @Value("${catalog.items.refresh-interval:10s}") Duration refreshInterval) {
        super("catalogue", refreshInterval);
        this.items = items;
    }

    @Override
    protected void load() {
        watermark = items.databaseNow();
        items.loadCatalogue();
    }

    @Override
    protected void refresh() {
        // a small overlap so a commit racing with the previous check is not missed (re-reading is harmless)
        watermark = items.catchUp(watermark.minusSeconds(2));
    }
}
