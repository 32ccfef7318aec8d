package org.example.gov.evaluation.invitation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens invitations from case events and lists an applicant's own. */
@Service
public class InvitationService {

    private final InvitationRepository invitations;
    private final Clock clock;
    private final Duration validity;

    public InvitationService(InvitationRepository invitations, Clock clock,
            @Value("${platform.evaluation.invitation-validity:P15D}") Duration validity) {
        this.invitations = invitations;
        this.clock = clock;
        this.validity = validity;
    }

    /** Runs inside the consumer's transaction (see CaseEventsListener). */
    public boolean openForClosedCase(ClosedCase closed) {
        return invitations.insertIfAbsent(Invitation.open(closed.caseId(), closed.caseNumber(), Stage.COMPLETION,
                closed.applicantId(), closed.itemCode(), closed.itemName(), closed.department(), closed.region(),
                clock.instant(), validity));
    }

    @Transactional(readOnly = true)
    public List<Invitation> forApplicant(String applicantId, String caseId) {
        return invitations.findByApplicant(applicantId, caseId, 100);
    }

    public record ClosedCase(String caseId, String caseNumber, String applicantId, String itemCode, String itemName,
            String department, String region) {
    }
}
