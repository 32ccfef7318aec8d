package org.example.gov.hotline.knowledge;

import java.util.UUID;

public record ArticleId(UUID value) {

    public static ArticleId newId() {
        return new ArticleId(UUID.randomUUID());
    }

    public static ArticleId of(String value) {
        return new ArticleId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
