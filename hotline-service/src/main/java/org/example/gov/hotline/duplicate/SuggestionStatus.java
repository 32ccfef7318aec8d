package org.example.gov.hotline.duplicate;

/** The stages of a nearby-duplicate suggestion. */
public enum SuggestionStatus {
    /** Found at intake; the centre has not looked yet. The ticket proceeds normally meanwhile. */
    SUGGESTED,
    /** An operator confirmed: the ticket is the same matter as {@code duplicateOf} (its master). */
    CONFIRMED,
    /** An operator found it a different matter. */
    DISMISSED
}
