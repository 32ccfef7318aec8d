package org.example.gov.catalog.bundle;

import java.util.List;

import org.example.gov.catalog.item.ItemId;

/** 共享材料: one material submitted once that satisfies several of the bundle's items ("one set of materials"). */
public record SharedMaterial(String name, List<ItemId> itemIds) {

    public SharedMaterial {
        itemIds = itemIds == null ? List.of() : List.copyOf(itemIds.stream().filter(java.util.Objects::nonNull).toList());
    }
}
