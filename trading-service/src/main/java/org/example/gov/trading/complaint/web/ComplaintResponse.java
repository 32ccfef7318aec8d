package org.example.gov.trading.complaint.web;

import java.time.Instant;
import java.util.List;

import org.example.gov.trading.complaint.Complaint;

/** A complaint with its due times, the department's acts, the suspension and the steps open now. */
public record ComplaintResponse(String id, String lotId, String track, String complainant, String objectionId,
        String text, Instant filedAt, Instant acceptDue, String status, Instant decisionDue,
        Complaint.Review acceptance, Complaint.Review decision, String outcome, Complaint.Suspension suspension,
        boolean suspendsNow, Instant withdrawnAt, List<String> allowedActions) {

    static ComplaintResponse of(Complaint c, Instant now) {
        return new ComplaintResponse(c.id(), c.lotId(), c.track().name(), c.complainant(), c.objectionId(), c.text(),
                c.filedAt(), c.acceptDue(), c.status().name(), c.decisionDue(), c.acceptance(), c.decision(),
                c.outcome() == null ? null : c.outcome().name(), c.suspension(), c.suspends(now), c.withdrawnAt(),
                c.allowed());
    }
}
