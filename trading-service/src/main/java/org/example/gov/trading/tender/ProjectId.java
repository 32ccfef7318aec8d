package org.example.gov.trading.tender;

import java.util.UUID;

/** A tender project (项目). */
public record ProjectId(UUID value) {

    public ProjectId {
        if (value == null) {
            throw new IllegalArgumentException("a project id is a UUID");
        }
    }

    public static ProjectId newId() {
        return new ProjectId(UUID.randomUUID());
    }

    public static ProjectId of(String text) {
        return new ProjectId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
