package org.example.gov.hotline.knowledge;

/** The stages of a knowledge article. */
public enum ArticleStatus {
    /** Written or edited, not yet quoted to callers: a second agent publishes it. */
    DRAFT,
    /** Searchable and usable for direct answers while its latest version is valid. */
    PUBLISHED,
    /** Withdrawn for good; its versions stay readable for the tickets that cited them. */
    RETIRED
}
