package org.example.gov.cases.casefile;

/**
 * The item version a case was filed under, with the rules the case needs; it never changes under the case
 * (DOMAIN.md §3). {@code kind} is INSTANT (即办件) or PROMISED; {@code publicResult}: decisions are published
 * (结果公示) — 行政许可 and other powers whose results the law makes public.
 */
public record PinnedItem(String itemId, String code, String name, int version, String department, String region,
        String kind, Integer promisedDays, int legalDays, boolean extensionAllowed, Integer extensionMaxDays,
        boolean publicResult) {

    public boolean instant() {
        return "INSTANT".equals(kind);
    }
}
