package org.example.gov.cases.catalog;

import java.util.List;

/** A bundle (一件事) as item-catalog-service serves it: the items in it, each with its department. */
public record CatalogBundle(String id, String code, String name, String region, String status, List<Item> items) {

    public CatalogBundle {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public record Item(String itemId, String code, String name, String department, boolean inForce) {
    }
}
