package org.example.gov.cases.query;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A line of a staff work list; {@code dueDateProvisional}: the due date is the weekends-only estimate of a year not
 * loaded.
 */
public record CaseSummary(String id, String caseNumber, String itemCode, String itemName, String department,
        String region, String applicantName, String channel, String status, Instant submittedAt, LocalDate dueDate,
        boolean dueDateProvisional, String warningLevel) {
}
