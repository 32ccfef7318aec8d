package org.example.gov.hotline.dispatch;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One line of the responsibility list (责任清单): demands of this category (any level of the tree) in this region go to
 * the lead department (主办), with the assisting ones (协办).
 */
public record Responsibility(String categoryCode, String region, DepartmentRef lead, List<DepartmentRef> assisting) {

    public Responsibility {
        assisting = assisting == null ? List.of() : List.copyOf(assisting);
    }

    /**
     * The line that applies among the candidates (those of the ticket's category or an ancestor, in its region or an
     * enclosing one): the most specific category first — a leaf's own rule beats its branch's — then the most specific
     * region, so a district's own list overrides its city's.
     */
    public static Optional<Responsibility> mostSpecific(List<Responsibility> candidates) {
        return candidates.stream().max(Comparator.<Responsibility>comparingInt(r -> r.categoryCode().length())
                .thenComparingInt(r -> regionDepth(r.region())));
    }

    private static int regionDepth(String region) {
        return region.endsWith("0000") ? 1 : region.endsWith("00") ? 2 : 3;
    }
}
