package org.example.gov.hotline.knowledge.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.example.gov.hotline.knowledge.ArticleContent;
import org.example.gov.hotline.knowledge.ArticleId;
import org.example.gov.hotline.knowledge.ArticleVersion;

/** One version of an article as written (what a ticket that cited it told the caller). */
public record VersionResponse(String articleId, int number, String title, String body, String categoryCode,
        List<String> keywords, LocalDate validFrom, LocalDate validUntil, String editedBy, Instant editedAt) {

    static VersionResponse of(ArticleId id, ArticleVersion v) {
        ArticleContent c = v.content();
        return new VersionResponse(id.toString(), v.number(), c.title(), c.body(), c.categoryCode(), c.keywords(),
                c.validFrom(), c.validUntil(), v.editedBy(), v.editedAt());
    }
}
