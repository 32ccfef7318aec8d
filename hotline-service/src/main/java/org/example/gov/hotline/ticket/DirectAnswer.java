package org.example.gov.hotline.ticket;

import java.time.Instant;

/**
 * 直接答复: the knowledge article (and its version, which never changes) an agent read out to close a consult, so the
 * ticket shows what the caller was told even after the article is edited or retired.
 */
public record DirectAnswer(String articleId, int articleVersion, String title, String note, String agentId,
        Instant at) {
}
