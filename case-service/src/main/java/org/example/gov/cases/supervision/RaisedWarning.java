package org.example.gov.cases.supervision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A warning as raised and listed for supervisors (and published as gov.case.warning-raised.v1); {@code provisional}
 * when it was computed on the weekends-only estimate of a year not loaded (its date or its count).
 */
public record RaisedWarning(String warningId, String caseId, String caseNumber, WarningKind kind, String level,
        LocalDate referenceDate, Integer remainingWorkingDays, boolean provisional, String region, String department,
        String itemCode, String itemName, Instant raisedAt) {
}
