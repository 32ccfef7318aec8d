package org.example.gov.hotline.duplicate;

import java.time.Instant;

/** One line of a suggestion's append-only history. */
public record SuggestionHistoryEntry(SuggestionAction action, String actorId, String actorRole, SuggestionStatus from,
        SuggestionStatus to, Instant at, String note) {
}
