package org.example.gov.trading.credit.web;

import java.time.LocalDate;

import org.example.gov.trading.credit.CreditRecord;

/**
 * An organisation's barring record in force, as the public reads it (行政处罚 are published): the decision and its
 * period, no history and no staff account.
 */
public record PublicCreditBarResponse(String id, String subjectKind, String subjectId, String subjectName,
        String misconduct, String basis, String decisionRef, String department, String region, String track,
        LocalDate from, LocalDate until) {

    static PublicCreditBarResponse of(CreditRecord r) {
        return new PublicCreditBarResponse(r.id().toString(), r.subjectKind().name(), r.subjectId(), r.subjectName(),
                r.misconduct(), r.basis(), r.decisionRef(), r.department(), r.region(),
                r.track() == null ? null : r.track().name(), r.from(), r.until());
    }
}
