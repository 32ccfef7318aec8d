package org.example.gov.cases.supervision;

import java.time.LocalDate;

/**
 * The fields of an open case the warning rules look at; {@code …Provisional}: the date is the weekends-only estimate
 * of a year not loaded.
 */
public record OpenCase(String caseId, String caseNumber, String region, String department, String itemCode,
        String itemName, String status, LocalDate preReviewDue, boolean preReviewDueProvisional, LocalDate receivedOn,
        LocalDate dueDate, boolean dueDateProvisional) {
}
