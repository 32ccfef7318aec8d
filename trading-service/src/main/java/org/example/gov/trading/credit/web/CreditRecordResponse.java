package org.example.gov.trading.credit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.example.gov.trading.credit.CreditRecord;

/** A record as staff, supervisors and its subject read it: the facts, the period, whether it is in force, its history. */
public record CreditRecordResponse(String id, String subjectKind, String subjectId, String subjectName,
        String misconduct, String basis, String decisionRef, String department, String region, String track,
        boolean bars, LocalDate from, LocalDate until, boolean revoked, boolean inForce, List<Change> history) {

    public record Change(String kind, LocalDate from, LocalDate until, String reason, String by, Instant at) {
    }

    static CreditRecordResponse of(CreditRecord r, LocalDate today) {
        return new CreditRecordResponse(r.id().toString(), r.subjectKind().name(), r.subjectId(), r.subjectName(),
                r.misconduct(), r.basis(), r.decisionRef(), r.department(), r.region(),
                r.track() == null ? null : r.track().name(), r.bars(), r.from(), r.until(), r.revoked(),
                r.inForceOn(today), r.history().stream().map(c -> new Change(c.kind().name(), c.from(), c.until(),
                        c.reason(), c.by(), c.at())).toList());
    }
}
