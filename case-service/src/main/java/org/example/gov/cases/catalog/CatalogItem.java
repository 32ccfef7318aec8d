package org.example.gov.cases.catalog;

import java.time.LocalDate;

/** What case-service needs to know of an item, as item-catalog-service serves it. */
public record CatalogItem(String id, String code, String name, String department, String region, String kind,
        int legalDays, Integer promisedDays, String status, int version, LocalDate effectiveDate) {

    public boolean isPublished() {
        return "PUBLISHED".equals(status);
    }
}
