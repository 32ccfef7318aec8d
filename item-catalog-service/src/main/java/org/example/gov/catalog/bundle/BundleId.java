package org.example.gov.catalog.bundle;

import java.util.UUID;

public record BundleId(UUID value) {

    public static BundleId newId() {
        return new BundleId(UUID.randomUUID());
    }

    public static BundleId of(String value) {
        return new BundleId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
