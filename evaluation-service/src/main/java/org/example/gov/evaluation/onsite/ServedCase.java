package org.example.gov.evaluation.onsite;

/**
 * A case as the evaluation service knows it from case-service's events (received, closed): whose it is, what it is
 * for, and the region and department that handle it. The hall may open a window occurrence only for such a case.
 */
public record ServedCase(String caseId, String caseNumber, String applicantId, String itemCode, String itemName,
        String region, String department) {
}
