package org.example.gov.evaluation.rectification;

import java.time.Instant;
import java.util.List;

/**
 * What the bad review said, which the department must fix (DOMAIN.md §5): the level, the tags and comment, where it
 * happened and when. Carries nothing that names the rater, so every reader of the ticket may see it.
 */
public record Complaint(int level, List<String> tags, String comment, String hallCode, String windowId,
        Instant ratedAt) {

    public Complaint {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
