package org.example.gov.catalog.bundle;

import java.time.Duration;

import org.example.gov.catalog.config.RefreshingCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Loads the bundles into memory before the web server takes requests, then reloads them periodically. */
@Component
public class BundleCatalogueLifecycle extends RefreshingCache {

    private final BundleService bundles;

    public BundleCatalogueLifecycle(BundleService bundles,
            @Value("${catalog.bundles.refresh-interval:30s}") Duration refreshInterval) {
        super("bundles", refreshInterval);
        this.bundles = bundles;
    }

    @Override
    protected void load() {
        bundles.loadCatalogue();
    }

    @Override
    protected void refresh() {
        bundles.loadCatalogue();
    }
}
