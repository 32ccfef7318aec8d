package org.example.gov.trading.negativelist;

import java.time.Instant;
import java.util.List;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;

/**
 * The text of a project's tender documents as drafted, with what the negative list found in it and a reviewer's
 * override. The rule: a document with hits blocks the announcement (422 NEGATIVE_LIST_HITS) unless a reviewer has
 * overridden exactly this text (its digest) with a reason; a change of the text after an override needs a new one.
 *
 * @param overriddenDigest the digest of the text the override was given for, or null
 */
public record TenderDocument(String projectId, String text, String digest, List<NegativeListHit> hits,
        String updatedBy, Instant updatedAt, String overriddenDigest, String overrideReason, String overriddenBy,
        Instant overriddenAt) {

    public TenderDocument {
        hits = List.copyOf(hits);
    }

    public boolean overridden() {
        return overriddenDigest != null && overriddenDigest.equals(digest);
    }

    public boolean blocksAnnouncement() {
        return !hits.isEmpty() && !overridden();
    }

    /** The check at announcement. */
    public void checkAnnounceable() {
        if (blocksAnnouncement()) {
            throw new NegativeListHitsException(hits);
        }
    }

    /** A reviewer accepts this text's hits with a reason (409 when there is nothing to override). */
    public TenderDocument override(String reason, String reviewer, Instant now) {
        if (hits.isEmpty()) {
            // nothing the negative list found: there is nothing to accept, and nothing else to do with an override
            throw new IllegalTransitionException("NO_HITS", "override", List.of());
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleViolationException("OVERRIDE_REASON_REQUIRED", "reason",
                    "An override needs the reviewer's reason");
        }
        return new TenderDocument(projectId, text, digest, hits, updatedBy, updatedAt, digest, reason.strip(), reviewer,
                now);
    }
}
