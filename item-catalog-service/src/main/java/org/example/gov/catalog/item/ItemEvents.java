package org.example.gov.catalog.item;

import java.time.LocalDate;

/** Event types and payloads item-catalog-service publishes (schemas in contracts/events/catalog). */
public final class ItemEvents {

    public static final String TOPIC = "gov.catalog.events";
    public static final String ITEM_PUBLISHED = "gov.catalog.item-published.v1";

    private ItemEvents() {
    }

    public record ItemPublished(String itemId, String code, String name, String department, String region, String kind,
            int legalDays, Integer promisedDays, int version, LocalDate effectiveDate) {

        static ItemPublished of(Item item) {
            return new ItemPublished(item.id().toString(), item.code(), item.name(), item.department(), item.region(),
                    item.kind().name(), item.legalDays(), item.promisedDays(), item.publishedVersion(), item.effectiveDate());
        }
    }
}
