package org.example.gov.cases.applicant;

import java.util.Set;

import org.example.gov.cases.casefile.Applicant;
import org.example.gov.cases.casefile.ApplicantDataCipher;
import org.example.gov.cases.casefile.Case;
import org.example.gov.cases.casefile.CaseId;
import org.example.gov.cases.casefile.CaseRepository;
import org.example.gov.cases.casefile.CaseService;
import org.example.gov.cases.query.CaseFilter;
import org.example.gov.cases.query.CaseQueryRepository;
import org.example.gov.cases.query.CaseSummary;
import org.example.gov.cases.query.Page;
import org.example.gov.platform.audit.AuditKind;
import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.personal.IdCardNumber;
import org.example.gov.platform.personal.PhoneNumber;
import org.example.gov.platform.scope.ScopePolicy;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
import org.springframework.stereotype.Service;

/**
 * The applicant's personal data in full, and cases found by person. Everywhere else a case shows the applicant
 * masked (张*, 440***********123X, 138****5678); here the roles that need the full data get it: the clerk who
 * verifies identity and calls the applicant, the approver who decides on it (both within their scope), and the
 * applicant themself. Every staff read and every search by person is written to the audit trail with the person's
 * blind index, so "who looked at this applicant's data, when, from where" is one query (kind PERSONAL_DATA_READ,
 * personIndex). Supervisors and partners have no need and get 403.
 */
@Service
public class ApplicantDataService {

    /** The roles that see an applicant's data in full. */
    public static final Set<Role> FULL_READERS = Set.of(Role.CLERK, Role.APPROVER, Role.APPLICANT);
    /** The staff who may look cases up by a person's number (supervisors follow up complaints about a person's cases). */
    public static final Set<Role> SEARCHERS = Set.of(Role.CLERK, Role.APPROVER, Role.SUPERVISOR);

    private final CaseRepository cases;
    private final CaseQueryRepository queries;
    private final ApplicantDataCipher data;
    private final AuditTrail audit;

    public ApplicantDataService(CaseRepository cases, CaseQueryRepository queries, ApplicantDataCipher data,
            AuditTrail audit) {
        this.cases = cases;
        this.queries = queries;
        this.data = data;
        this.audit = audit;
    }

    /** The applicant of a case in full; audited before it is returned (no audit entry, no data). */
    public Applicant fullRead(CaseId id, Actor actor) {
        Case c = cases.find(id).orElseThrow(() -> CaseService.notFound(id));
        if (!CaseService.reaches(actor, c, FULL_READERS)) {
            throw CaseService.notFound(id);
        }
        Applicant applicant = c.applicant();
        if (!c.isApplicant(actor)) {
            audit.record(AuditKind.PERSONAL_DATA_READ, "SHOWN", actor, "case.applicant", "case", id.toString(),
                    personIndex(applicant), null);
        }
        return applicant;
    }

    /**
     * The cases of one person (by identity card number or phone; exactly one is given) within the searcher's scope, by
     * blind index: no row is decrypted to find them, and the list shows the applicant masked as work lists do.
     */
    public Page<CaseSummary> search(IdCardNumber idNumber, PhoneNumber phone, Actor actor, int page, int size) {
        String idIndex = data.index(idNumber);
        String phoneIndex = data.index(phone);
        audit.record(AuditKind.PERSONAL_DATA_READ, "SEARCHED", actor, "case.search-by-applicant", null, null,
                idIndex != null ? idIndex : phoneIndex, idIndex != null ? "by identity card number" : "by phone");
        return queries.list(CaseFilter.person(ScopePolicy.of(actor, SEARCHERS), idIndex, phoneIndex), page, size);
    }

    /**
     * The person in the audit trail: the blind index of their identity card number (the same for all their cases and
     * across services), or of the phone when an old case has no number.
     */
    private String personIndex(Applicant applicant) {
        return applicant.idNumber() != null ? data.index(applicant.idNumber()) : data.index(applicant.phone());
    }
}
