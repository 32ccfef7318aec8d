package org.example.gov.cases.casefile.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.example.gov.cases.casefile.Case;
import org.example.gov.cases.casefile.CaseAction;
import org.example.gov.cases.casefile.CaseService;
import org.example.gov.cases.casefile.Deadline;
import org.example.gov.cases.casefile.Decision;
import org.example.gov.cases.casefile.Delivery;
import org.example.gov.cases.casefile.HistoryEntry;
import org.example.gov.cases.casefile.SpecialProcedure;
import org.example.gov.cases.casefile.SupplementNotice;
import org.example.gov.platform.personal.PersonName;

/**
 * A case as staff and its applicant see it: stage, clock, notices, procedures, decision, delivery and history. The
 * applicant's name is in full for the applicant (and whoever just registered the case), masked for staff; the
 * identity card number and phone are masked for all (full: {@code GET /api/cases/{id}/applicant}, audited).
 * {@code …Provisional}: the date or count ran into a year whose official schedule is not loaded and is the
 * weekends-only estimate (recounted by the system, with a history entry, once the year is loaded); the due date's
 * flag is {@code deadline.dueDateProvisional}.
 */
public record CaseResponse(String id, String caseNumber, String queryCode, String status, List<String> allowedActions,
        long version, String itemId, String itemCode, String itemName, int itemVersion, String itemKind,
        String department, String region, String applicantId, String applicantName, String applicantIdNumber,
        String applicantPhone, String channel, String submittedBy,
        String partnerId, String partnerReference, String bundleId, Instant submittedAt, LocalDate preReviewDue,
        boolean preReviewDueProvisional, LocalDate receivedOn, Instant acceptedAt, Deadline deadline,
        Integer remainingWorkingDays, boolean remainingWorkingDaysProvisional, List<SupplementNotice> supplements,
        List<SpecialProcedure> specialProcedures, Decision decision, Delivery delivery, Instant closedAt,
        List<HistoryEntry> history) {

    /** The query code is shown only to the applicant, who needs it for the progress query. */
    static CaseResponse of(CaseService.CaseView view, boolean forApplicant) {
        Case c = view.caseFile();
        return new CaseResponse(c.id().toString(), c.caseNumber(), forApplicant ? c.queryCode() : null,
                c.status().name(), c.allowedActions().stream().map(CaseAction::label).toList(), view.version(),
                c.item().itemId(), c.item().code(), c.item().name(), c.item().version(), c.item().kind(),
                c.item().department(), c.item().region(), c.applicantId(),
                // personal data: in full for the applicant (and whoever just registered the case), masked (张*) for staff
                forApplicant ? c.applicantName() : PersonName.of(c.applicantName()).masked(),
                // the identity card number and phone masked for everyone: in full only through the audited applicant read
                masked(c.applicant().idNumber()), masked(c.applicant().phone()), c.origin().channel().name(),
                c.origin().submittedBy(), c.origin().partnerId(), c.origin().partnerReference(), c.origin().bundleId(),
                c.submittedAt(), c.preReviewDue(), c.preReviewDueProvisional(), c.receivedOn(), c.acceptedAt(),
                c.deadline(), view.remainingWorkingDays() == null ? null : view.remainingWorkingDays().days(),
                view.remainingWorkingDays() != null && view.remainingWorkingDays().provisional(), c.supplements(),
                c.specialProcedures(), c.decision(), c.delivery(), c.closedAt(), view.history());
    }

    /** The masked form (440***********123X, 138****5678: the types' toString); null when not collected (older cases). */
    private static String masked(Object personalValue) {
        return personalValue == null ? null : personalValue.toString();
    }
}
