package org.example.gov.cases.casefile;

import java.time.Instant;

import org.example.gov.platform.personal.FreeText;

/**
 * One line of a case's history: what happened, who did it in which role, where (hall/window, partner city or the
 * online channel), for whom when a clerk acted for the applicant (帮办代办), when, and why. {@code recomputed} is set
 * on the system's {@link CaseAction#RECOMPUTE_DATES} entries only: which date moved from what to what.
 */
public record HistoryEntry(CaseAction action, String actorId, String actorName, String actorRole, String location,
        String onBehalfOf, Instant at, String note, RecomputedDate recomputed) {

    /** Notes are free text read by staff, applicant and partner: a phone or ID number typed into one is kept masked. */
    public HistoryEntry {
        note = FreeText.masked(note);
    }
}
