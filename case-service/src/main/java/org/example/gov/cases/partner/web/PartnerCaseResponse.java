package org.example.gov.cases.partner.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.example.gov.cases.casefile.Applicant;
import org.example.gov.cases.casefile.Case;
import org.example.gov.cases.casefile.CaseService.CaseView;
import org.example.gov.cases.casefile.HistoryEntry;
import org.example.gov.platform.personal.PersonName;

/**
 * A case as its partner city sees it: stage, due date and the steps taken, with role and place but not the staff's
 * identities; the only personal data is the applicant the partner sent, masked (the partner has it already, and
 * an answer that travels between provinces need not carry it again). {@code …Provisional}: counted on the
 * weekends-only estimate of a year whose schedule is not loaded yet (recounted, and called back, once it is).
 */
public record PartnerCaseResponse(String id, String caseNumber, String partnerReference, String status, String itemId,
        String itemCode, String itemName, String department, String region, ApplicantResponse applicant,
        Instant submittedAt, LocalDate receivedOn, Instant acceptedAt, LocalDate dueDate, Boolean dueDateProvisional,
        Integer remainingWorkingDays, boolean remainingWorkingDaysProvisional, String decision, String deliveryMethod,
        Instant closedAt, List<Step> history) {

    /** Name, identity card number and phone masked (张*, 440***********123X, 138****5678). */
    public record ApplicantResponse(String id, String name, String idNumber, String phone) {

        static ApplicantResponse of(Applicant a) {
            return new ApplicantResponse(a.id(), PersonName.of(a.name()).masked(),
                    a.idNumber() == null ? null : a.idNumber().masked(), a.phone() == null ? null : a.phone().masked());
        }
    }

    public record Step(String action, String role, String location, Instant at, String note) {

        static Step of(HistoryEntry entry) {
            return new Step(entry.action().name(), entry.actorRole(), entry.location(), entry.at(), entry.note());
        }
    }

    static PartnerCaseResponse of(CaseView view) {
        Case c = view.caseFile();
        return new PartnerCaseResponse(c.id().toString(), c.caseNumber(), c.origin().partnerReference(),
                c.status().name(), c.item().itemId(), c.item().code(), c.item().name(), c.item().department(),
                c.item().region(), ApplicantResponse.of(c.applicant()), c.submittedAt(),
                c.receivedOn(), c.acceptedAt(), c.deadline() == null ? null : c.deadline().dueDate(),
                c.deadline() == null ? null : c.deadline().dueDateProvisional(),
                view.remainingWorkingDays() == null ? null : view.remainingWorkingDays().days(),
                view.remainingWorkingDays() != null && view.remainingWorkingDays().provisional(),
                c.decision() == null ? null : c.decision().outcome().name(),
                c.delivery() == null ? null : c.delivery().method().name(), c.closedAt(),
                view.history().stream().map(Step::of).toList());
    }
}
