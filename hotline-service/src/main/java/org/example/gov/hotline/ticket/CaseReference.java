package org.example.gov.hotline.ticket;

import java.time.Instant;

/**
 * The case (办件) a ticket is about. {@code verified}: case-service confirmed the number (then the case's id, item,
 * department and region are known); unverified when case-service could not answer at intake — the ticket was recorded
 * anyway, because an agent had a caller on the line — and it is checked again before dispatch or on request.
 * {@code callerIsApplicant}: the caller filed online and case-service confirmed the case is theirs, so their call-back
 * rating is the case's rating (gov.hotline.callback-rated.v1).
 */
public record CaseReference(String caseNumber, boolean verified, String caseId, String itemCode, String itemName,
        String department, String region, boolean callerIsApplicant, Instant checkedAt) {

    public static CaseReference unverified(String caseNumber) {
        return new CaseReference(caseNumber, false, null, null, null, null, null, false, null);
    }
}
