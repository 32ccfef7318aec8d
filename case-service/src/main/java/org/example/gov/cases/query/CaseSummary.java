package org.example.gov.cases.query;

import java.time.Instant;
import java.time.LocalDate;

/** A line of a staff work list. */
public record CaseSummary(String id, String caseNumber, String itemCode, String itemName, String department,
        String region, String applicantName, String channel, String status, Instant submittedAt, LocalDate dueDate,
        String warningLevel) {
}
