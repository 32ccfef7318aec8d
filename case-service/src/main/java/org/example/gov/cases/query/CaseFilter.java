package org.example.gov.cases.query;

import java.time.LocalDate;

import org.example.gov.cases.casefile.CaseStatus;
import org.example.gov.platform.scope.Scope;

/**
 * Work-list filters; null = any. Who is asking always narrows the list: {@code scope} to a member of staff's region
 * and department ({@link org.example.gov.platform.scope.ScopePolicy}), {@code applicantId}/{@code partnerId} to one
 * owner; a filter with none of the three lists nothing. {@code idNumberIndex}/{@code phoneIndex} are blind indexes of
 * the applicant's identity card number or phone (a search by person, never the number itself).
 */
public record CaseFilter(String department, CaseStatus status, String itemCode, String region, LocalDate dueBefore,
        String warningLevel, Scope scope, String applicantId, String partnerId, boolean openOnly, String idNumberIndex,
        String phoneIndex) {

    /** A staff member's search for one person's cases within their scope. */
    public static CaseFilter person(Scope scope, String idNumberIndex, String phoneIndex) {
        return new CaseFilter(null, null, null, null, null, null, scope, null, null, false, idNumberIndex, phoneIndex);
    }
}
