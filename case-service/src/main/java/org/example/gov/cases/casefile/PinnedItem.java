package org.example.gov.cases.casefile;

/** The item version a case was filed under; it never changes under the case (DOMAIN.md §3). */
public record PinnedItem(String itemId, String code, String name, int version, String department, String region,
        String kind, Integer promisedDays) {
}
