package org.example.gov.catalog.item;

/** The state of one item version; an item as a whole is CANCELLED once cancelled. */
public enum ItemStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    CANCELLED
}
