package org.example.gov.catalog.bundle;

/** DRAFT --publish--> PUBLISHED; DRAFT or PUBLISHED --cancel--> CANCELLED. */
public enum BundleStatus { DRAFT, PUBLISHED, CANCELLED }
