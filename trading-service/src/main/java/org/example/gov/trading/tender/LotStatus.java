package org.example.gov.trading.tender;

/**
 * The stage of one lot (DOMAIN.md §7). FAILED (流标), CANCELLED and COMPLETE are terminal: nothing changes a lot in them
 * (a re-tender is a new lot linked to the failed one). SUSPENDED is not a stage but an overlay on the project
 * ({@link Project#suspended()}).
 */
public enum LotStatus {
    DRAFT, TENDERING, OPENING, EVALUATION, CANDIDATE_PUBLICITY, AWARDED, CONTRACTED, COMPLETE, FAILED, CANCELLED;

    public boolean terminal() {
        return this == COMPLETE || this == FAILED || this == CANCELLED;
    }
}
