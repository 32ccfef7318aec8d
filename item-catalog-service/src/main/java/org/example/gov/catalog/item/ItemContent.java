package org.example.gov.catalog.item;

import java.util.List;

/**
 * What one version of an implementation item says. name, itemType and legalBasis come from the base item when there
 * is one and may not differ from it.
 */
public record ItemContent(String name, String department, String departmentCode, String region, ExerciseLevel level,
        ItemType itemType, List<String> legalBasis, ItemKind kind, int legalDays, Integer promisedDays,
        ServiceGuide guide) {

    public ItemContent {
        legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
        guide = guide == null ? ServiceGuide.EMPTY : guide;
        promisedDays = kind == ItemKind.INSTANT && promisedDays != null && promisedDays == 0 ? null : promisedDays;
    }
}
