package org.example.gov.catalog.item;

/** 即办件 are done on the spot with no clock; 承诺件 carry a promised number of working days. */
public enum ItemKind {
    INSTANT,
    PROMISED
}
