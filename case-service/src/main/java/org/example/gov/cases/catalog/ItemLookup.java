package org.example.gov.cases.catalog;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.DependencyUnavailableException;
import org.springframework.stereotype.Component;

/**
 * Reads an item from the catalogue for a new case. Any failure to get an answer (timeout, refused
 * connection, open circuit) becomes a 503 problem before anything is stored; an answer that the item
 * does not exist or is not published is a 422 about the request.
 */
@Component
public class ItemLookup {

    static final String DEPENDENCY = "item-catalog-service";

    private final CatalogClient client;

    ItemLookup(CatalogClient client) {
        this.client = client;
    }

    public CatalogItem publishedItem(String itemId) {
        CatalogItem item;
        try {
            item = client.item(itemId);
        } catch (RuntimeException e) {
            throw new DependencyUnavailableException(DEPENDENCY, e);
        }
        if (item == null) {
            throw new BusinessRuleViolationException("ITEM_NOT_FOUND", "itemId", "No item " + itemId, itemId);
        }
        if (!item.isPublished()) {
            throw new BusinessRuleViolationException("ITEM_NOT_PUBLISHED", "itemId", "Item " + itemId + " is not published",
                    itemId);
        }
        return item;
    }

    /** A published bundle with its items; 503 when the catalogue cannot answer, 422 when it is unknown or not published. */
    public CatalogBundle publishedBundle(String bundleId) {
        CatalogBundle bundle;
        try {
            bundle = client.bundle(bundleId);
        } catch (RuntimeException e) {
            throw new DependencyUnavailableException(DEPENDENCY, e);
        }
        if (bundle == null) {
            throw new BusinessRuleViolationException("BUNDLE_NOT_FOUND", "bundleId", "No bundle " + bundleId, bundleId);
        }
        if (!"PUBLISHED".equals(bundle.status())) {
            throw new BusinessRuleViolationException("BUNDLE_NOT_PUBLISHED", "bundleId",
                    "Bundle " + bundleId + " is not published", bundleId);
        }
        return bundle;
    }
}
