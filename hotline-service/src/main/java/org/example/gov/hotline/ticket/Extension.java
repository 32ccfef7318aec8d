package org.example.gov.hotline.ticket;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 延期: the lead department asked for {@code workingDays} more, with its reason, before the deadline; the centre decided
 * ({@code outcome} null while pending). On approval the due date moved from {@code fromDueDate} to {@code toDueDate}.
 */
public record Extension(int workingDays, String reason, String department, String requestedBy, Instant requestedAt,
        Outcome outcome, String reviewNote, String reviewedBy, Instant reviewedAt, LocalDate fromDueDate,
        LocalDate toDueDate) {

    public enum Outcome {
        APPROVED, REJECTED
    }

    public boolean pending() {
        return outcome == null;
    }

    Extension decided(Outcome decision, String note, String by, Instant at, LocalDate from, LocalDate to) {
        return new Extension(workingDays, reason, department, requestedBy, requestedAt, decision, note, by, at, from, to);
    }
}
