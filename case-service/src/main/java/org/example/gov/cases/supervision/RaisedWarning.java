package org.example.gov.cases.supervision;

import java.time.Instant;
import java.time.LocalDate;

/** A warning as raised and listed for supervisors (and published as gov.case.warning-raised.v1). */
public record RaisedWarning(String warningId, String caseId, String caseNumber, WarningKind kind, String level,
        LocalDate referenceDate, Integer remainingWorkingDays, String region, String department, String itemCode,
        String itemName, Instant raisedAt) {
}
