package org.example.gov.cases.supervision;

import java.time.LocalDate;

/** The fields of an open case the warning rules look at. */
public record OpenCase(String caseId, String caseNumber, String region, String department, String itemCode,
        String itemName, String status, LocalDate preReviewDue, LocalDate receivedOn, LocalDate dueDate) {
}
