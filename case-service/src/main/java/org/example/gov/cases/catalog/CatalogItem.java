package org.example.gov.cases.catalog;

import java.time.LocalDate;
import java.util.Set;

/** What case-service needs to know of an item, as item-catalog-service serves it. */
public record CatalogItem(String id, String code, String name, String department, String region, String kind,
        String itemType, int legalDays, Integer promisedDays, String status, int version, LocalDate effectiveDate,
        Guide guide) {

    /** Item types whose decisions are published (结果公示, 双公示 of 行政许可 and the other powers over citizens). */
    private static final Set<String> PUBLISHED_TYPES = Set.of("LICENSING", "PENALTY", "CONFIRMATION", "ADJUDICATION");

    public boolean isPublished() {
        return "PUBLISHED".equals(status);
    }

    public boolean publicResult() {
        return itemType != null && PUBLISHED_TYPES.contains(itemType);
    }

    public boolean extensionAllowed() {
        return guide != null && Boolean.TRUE.equals(guide.extensionAllowed());
    }

    public Integer extensionMaxDays() {
        return guide == null ? null : guide.extensionMaxDays();
    }

    /** The service-guide fields case handling reads. */
    public record Guide(Boolean extensionAllowed, Integer extensionMaxDays) {
    }
}
