package org.example.gov.evaluation.invitation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.example.gov.evaluation.channel.Channel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens invitations from case events (receipt and completion), expires unused ones, lists an applicant's own. */
@Service
public class InvitationService {

    static final int EXPIRY_BATCH = 1000;

    private final InvitationRepository invitations;
    private final Clock clock;
    private final Duration validity;

    public InvitationService(InvitationRepository invitations, Clock clock,
            @Value("${platform.evaluation.invitation-validity:P15D}") Duration validity) {
        this.invitations = invitations;
        this.clock = clock;
        this.validity = validity;
    }

    /**
     * Runs inside the consumer's transaction (see CaseEventsListener). One invitation per case and stage: a second
     * event for the same case and stage (another event id, same fact) stores nothing.
     *
     * @return true if a new invitation was stored
     */
    public boolean openFor(CaseAtStage event) {
        return invitations.insertIfAbsent(Invitation.open(event.caseId(), event.caseNumber(), event.stage(),
                event.applicantId(), event.itemCode(), event.itemName(), event.department(), event.region(),
                event.staffId(), Channel.forIntake(event.intakeChannel()), clock.instant(), validity));
    }

    @Transactional(readOnly = true)
    public List<Invitation> forApplicant(String applicantId, String caseId) {
        return invitations.findByApplicant(applicantId, caseId, 100);
    }

    /**
     * The case as its events told it (received or closed), if any arrived: the earliest invitation of the case carries
     * its applicant, item, region and department.
     */
    @Transactional(readOnly = true)
    public Optional<Invitation> knownCase(String caseId) {
        return invitations.findByCase(caseId).stream().findFirst();
    }

    /** Expires every invitation past its validity, in batches; returns how many expired. */
    public int expireDue() {
        return expireDue(clock.instant());
    }

    public int expireDue(Instant now) {
        int total = 0;
        int batch;
        do {
            batch = invitations.expireDue(now, EXPIRY_BATCH); // each batch is its own (auto-commit) statement
            total += batch;
        } while (batch == EXPIRY_BATCH);
        return total;
    }

    /** A case received (RECEIPT) or closed (COMPLETION), as the case events tell it. */
    public record CaseAtStage(String caseId, String caseNumber, Stage stage, String applicantId, String itemCode,
            String itemName, String department, String region, String staffId, String intakeChannel) {
    }
}
