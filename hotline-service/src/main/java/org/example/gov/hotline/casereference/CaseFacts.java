package org.example.gov.hotline.casereference;

/**
 * What case-service tells about a case a ticket names (GET /api/cases/references/{caseNumber}): its id, status, item,
 * the department and region that handle it, and whether the person asking is its applicant. No personal data.
 */
public record CaseFacts(String caseId, String caseNumber, String status, String itemCode, String itemName,
        String department, String region, boolean viewerIsApplicant) {
}
