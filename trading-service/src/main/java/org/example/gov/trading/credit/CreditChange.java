package org.example.gov.trading.credit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a credit record's history, never rewritten: what was recorded, corrected or revoked, why, by whom, when;
 * {@code from} and {@code until} are the period after the change.
 */
public record CreditChange(Kind kind, LocalDate from, LocalDate until, String reason, String by, Instant at) {

    public enum Kind {
        RECORDED, CORRECTED, REVOKED
    }
}
