package org.example.gov.cases.casefile;

import java.time.Instant;

/**
 * One line of a case's history: what happened, who did it in which role, where (hall/window, partner city or the
 * online channel), for whom when a clerk acted for the applicant (帮办代办), when, and why. {@code recomputed} is set
 * on the system's {@link CaseAction#RECOMPUTE_DATES} entries only: which date moved from what to what.
 */
public record HistoryEntry(CaseAction action, String actorId, String actorName, String actorRole, String location,
        String onBehalfOf, Instant at, String note, RecomputedDate recomputed) {
}
