package org.example.gov.catalog.item;

import java.util.UUID;

public record ItemId(UUID value) {

    public static ItemId newId() {
        return new ItemId(UUID.randomUUID());
    }

    public static ItemId of(String value) {
        return new ItemId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
