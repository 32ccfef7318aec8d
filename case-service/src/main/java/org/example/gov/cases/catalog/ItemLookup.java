package org.example.gov.cases.catalog;

import feign.FeignException;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.DependencyUnavailableException;
import org.springframework.stereotype.Component;

/**
 * Reads an item from the catalogue for a new case. Any failure to get an answer (timeout, refused
 * connection, 5xx, open circuit) becomes a 503 problem before anything is stored; an answer that the item
 * does not exist or is not published is a 422 about the request. The catalogue's "no" (404, or 400 for an id
 * that cannot be one) is an answer, never an outage: it is a 422 here and does not count against the circuit
 * breaker ({@code ignore-exceptions} in application.yml), so unknown ids sent by one applicant cannot open the
 * circuit for every applicant of the province.
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
            if (!answeredNo(e)) {
                throw new DependencyUnavailableException(DEPENDENCY, e);
            }
            item = null;
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
            if (!answeredNo(e)) {
                throw new DependencyUnavailableException(DEPENDENCY, e);
            }
            bundle = null;
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

    /**
     * Whether the catalogue answered that the id names nothing it has: a 4xx other than 408 (its own timeout) and
     * 429 (overloaded), which are failures to answer. The circuit breaker wraps what the call threw, so look at the
     * causes.
     */
    static boolean answeredNo(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof FeignException.FeignClientException refused) {
                return refused.status() != 408 && refused.status() != 429;
            }
        }
        return false;
    }
}
