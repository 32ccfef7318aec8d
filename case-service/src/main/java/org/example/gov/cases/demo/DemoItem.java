package org.example.gov.cases.demo;

import java.util.List;

import org.example.gov.cases.casefile.PinnedItem;

/** A published catalogue item as the demo cases pin it, with the material names its guide lists (for 补正 notices). */
public record DemoItem(PinnedItem item, List<String> materials) {

    public DemoItem {
        materials = materials == null || materials.isEmpty() ? DemoCast.DEFAULT_MATERIALS : List.copyOf(materials);
    }

    /** Working days on the promised clock (0 for 即办件). */
    int promisedDays() {
        if (item.instant()) {
            return 0;
        }
        return item.promisedDays() != null ? item.promisedDays() : item.legalDays();
    }

    boolean extensible() {
        return !item.instant() && item.extensionAllowed();
    }
}
