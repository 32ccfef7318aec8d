package org.example.gov.catalog.bundle;

import java.time.Instant;
import java.util.List;

/** Event types and payloads of bundles (schemas in contracts/events/catalog). */
public final class BundleEvents {

    public static final String TOPIC = "gov.catalog.events";
    public static final String BUNDLE_PUBLISHED = "gov.catalog.bundle-published.v1";

    private BundleEvents() {
    }

    public record BundlePublished(String id, String code, String name, String topic, String region, List<Item> items,
            int sharedMaterials, Instant publishedAt) {

        static BundlePublished of(Bundle b) {
            return new BundlePublished(b.id().toString(), b.code(), b.name(), b.topic(), b.region(),
                    b.items().stream().map(i -> new Item(i.itemId().toString(), i.code(), i.department())).toList(),
                    b.sharedMaterials().size(), b.publishedAt());
        }
    }

    public record Item(String itemId, String code, String department) {
    }
}
