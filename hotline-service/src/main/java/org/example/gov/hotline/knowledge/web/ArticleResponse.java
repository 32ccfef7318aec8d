package org.example.gov.hotline.knowledge.web;

import java.time.Instant;
import java.util.List;

import org.example.gov.hotline.knowledge.Article;
import org.example.gov.hotline.knowledge.ArticleAction;

/** An article: its stage, the steps open to it, its latest version in full and the list of all versions. */
public record ArticleResponse(String id, String region, String status, List<String> allowedActions, long version,
        VersionResponse latest, List<VersionSummary> versions, String createdBy, String publishedBy,
        Instant publishedAt, String retiredBy, Instant retiredAt, String retirementReason, long useCount) {

    public record VersionSummary(int number, String editedBy, Instant editedAt) {
    }

    static ArticleResponse of(Article a) {
        return new ArticleResponse(a.id().toString(), a.region(), a.status().name(),
                a.allowedActions().stream().map(ArticleAction::label).toList(), a.rowVersion(),
                VersionResponse.of(a.id(), a.latest()),
                a.versions().stream().map(v -> new VersionSummary(v.number(), v.editedBy(), v.editedAt())).toList(),
                a.createdBy(), a.publishedBy(), a.publishedAt(), a.retiredBy(), a.retiredAt(), a.retirementReason(),
                a.useCount());
    }
}
