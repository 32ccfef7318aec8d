package org.example.gov.catalog.item;

public enum ItemStatus {
    DRAFT,
    PUBLISHED,
    CANCELLED
}
