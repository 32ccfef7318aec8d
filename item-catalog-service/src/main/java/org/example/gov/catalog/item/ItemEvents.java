package org.example.gov.catalog.item;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Event types and payloads item-catalog-service publishes (schemas in contracts/events/catalog). */
public final class ItemEvents {

    public static final String TOPIC = "gov.catalog.events";
    public static final String ITEM_PUBLISHED = "gov.catalog.item-published.v1";
    public static final String ITEM_CHANGED = "gov.catalog.item-changed.v1";
    public static final String ITEM_CANCELLED = "gov.catalog.item-cancelled.v1";

    private ItemEvents() {
    }

    /** A version was published; the first ten fields are the original contract, the rest were added later. */
    public record ItemPublished(String itemId, String code, String name, String department, String region, String kind,
            int legalDays, Integer promisedDays, int version, LocalDate effectiveDate, String baseCode, String itemType,
            String onlineDepth, String scope, int materials, Instant publishedAt) {

        static ItemPublished of(Item item, ItemVersion v) {
            ItemContent c = v.content();
            return new ItemPublished(item.id().toString(), item.code(), c.name(), c.department(), c.region(),
                    c.kind().name(), c.legalDays(), c.promisedDays(), v.number(), v.effectiveDate(), item.baseCode(),
                    c.itemType() == null ? null : c.itemType().name(),
                    c.guide().onlineDepth() == null ? null : c.guide().onlineDepth().name(),
                    c.guide().scope() == null ? null : c.guide().scope().name(), c.guide().materials().size(),
                    v.publishedAt());
        }
    }

    /** Version n+1 of an item already published was published: it replaces n on its effective date. */
    public record ItemChanged(String itemId, String code, int version, int previousVersion, LocalDate effectiveDate,
            List<String> changedFields) {
    }

    public record ItemCancelled(String itemId, String code, int lastVersion, LocalDate cancelDate, Instant cancelledAt,
            String reason) {
    }
}
