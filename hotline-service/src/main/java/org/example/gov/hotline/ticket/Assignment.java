package org.example.gov.hotline.ticket;

import java.time.Instant;
import java.util.List;

import org.example.gov.hotline.dispatch.DepartmentRef;

/**
 * The current dispatch: the lead department (主办) and the assisting ones (协办), when it was dispatched (the handling
 * clock starts there), by when the lead must sign, when it signed, when it was reminded to sign (催办, once), and whether the centre decided it in coordination
 * (审定: final, no further return).
 */
public record Assignment(DepartmentRef lead, List<DepartmentRef> assisting, Instant dispatchedAt, Instant signDueAt,
        Instant signedAt, Instant remindedAt, boolean coordinated) {

    public Assignment {
        assisting = assisting == null ? List.of() : List.copyOf(assisting);
    }

    Assignment signed(Instant at) {
        return new Assignment(lead, assisting, dispatchedAt, signDueAt, at, remindedAt, coordinated);
    }

    Assignment reminded(Instant at) {
        return new Assignment(lead, assisting, dispatchedAt, signDueAt, signedAt, at, coordinated);
    }
}
