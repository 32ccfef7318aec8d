package org.example.gov.cases.casefile;

/** The stages of a case that the first flow needs; the full lifecycle (DOMAIN.md §4) extends this. */
public enum CaseStatus {
    SUBMITTED,
    ACCEPTED,
    CLOSED,
    WITHDRAWN;

    public boolean isOpen() {
        return this == SUBMITTED || this == ACCEPTED;
    }
}
