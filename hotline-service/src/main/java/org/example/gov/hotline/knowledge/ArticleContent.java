package org.example.gov.hotline.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * What one version of an article says: the answer an agent reads out, the hotline category it answers, search
 * keywords, and the period in which it is true (a policy with an end date: {@code validUntil} inclusive, null = open).
 */
public record ArticleContent(String title, String body, String categoryCode, List<String> keywords, LocalDate validFrom,
        LocalDate validUntil) {

    public ArticleContent {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }
}
