package org.example.gov.hotline.knowledge;

import java.time.Instant;

/** One version of an article, never changed once written: tickets cite (article, number). */
public record ArticleVersion(int number, ArticleContent content, String editedBy, Instant editedAt) {
}
