package org.example.gov.cases.casefile;

import java.util.Set;

import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
import org.springframework.stereotype.Service;

/**
 * 12345 tickets that name a case (DOMAIN.md §6): the hotline checks the number and learns the case's department so a
 * complaint reaches it. The hotline calls with the identity of whoever records the ticket — a hotline agent reaches
 * the cases of the centre's region and below, a caller filing online their own case — so this answers exactly what
 * that person may know: the case's reference facts, never the applicant's personal data. Anything out of reach is 404,
 * the same as a number that does not exist.
 */
@Service
public class CaseReferences {

    /** Who may look a case up by number for a ticket. */
    public static final Set<Role> LOOKERS = Set.of(Role.HOTLINE_AGENT, Role.APPLICANT);

    private final CaseRepository cases;

    public CaseReferences(CaseRepository cases) {
        this.cases = cases;
    }

    public Reference byNumber(String caseNumber, Actor viewer) {
        Case c = cases.findByNumber(caseNumber).filter(found -> CaseService.reaches(viewer, found, LOOKERS))
                .orElseThrow(() -> CaseService.notFound(caseNumber));
        return new Reference(c.id().toString(), c.caseNumber(), c.status().name(), c.item().code(), c.item().name(),
                c.item().department(), c.item().region(), c.isApplicant(viewer));
    }

    /**
     * What a ticket needs of a case. {@code viewerIsApplicant}: the person asking is the case's applicant (a caller
     * who filed the ticket online about their own case), so their call-back rating is the case's rating.
     */
    public record Reference(String caseId, String caseNumber, String status, String itemCode, String itemName,
            String department, String region, boolean viewerIsApplicant) {
    }
}
