package org.example.gov.hotline.ticket;

import java.time.Instant;

/** One line of a ticket's append-only history: what happened, who did it in which role, from which stage to which, when, why. */
public record HistoryEntry(TicketAction action, String actorId, String actorName, String actorRole, TicketStatus from,
        TicketStatus to, Instant at, String note) {
}
