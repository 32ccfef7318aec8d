package org.example.gov.catalog.bundle;

import org.example.gov.catalog.item.ItemId;

/**
 * One implementation item a bundle groups: its id, and its code, name and competent department as they were when the
 * bundle was drafted (the public view overlays the version in force).
 */
public record BundleItem(ItemId itemId, String code, String name, String department) {
}
