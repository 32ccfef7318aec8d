package org.example.gov.cases.casefile;

import java.time.Instant;

/** One line of a case's history: what happened, who did it in which role, when, and why. */
public record HistoryEntry(CaseAction action, String actorId, String actorName, String actorRole, Instant at, String note) {
}
