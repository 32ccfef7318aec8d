package org.example.gov.evaluation.onsite;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.example.gov.evaluation.invitation.InvitationService;
import org.example.gov.platform.security.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 一次一评: the hall opens window service occurrences; the window device fetches the one awaiting its rating. */
@Service
public class OccurrenceService {

    static final int EXPIRY_BATCH = 1000;

    private final OccurrenceRepository occurrences;
    private final InvitationService cases;
    private final Clock clock;
    private final Duration validity;

    public OccurrenceService(OccurrenceRepository occurrences, InvitationService cases, Clock clock,
            @Value("${platform.evaluation.on-site-validity:PT30M}") Duration validity) {
        this.occurrences = occurrences;
        this.cases = cases;
        this.clock = clock;
        this.validity = validity;
    }

    /**
     * Opens an occurrence for a case this service knows from case events (see {@link ServiceOccurrence#open} for the
     * rules). The case number must be the case's: a mismatch is treated as an unknown case.
     */
    @Transactional
    public ServiceOccurrence open(String caseId, String caseNumber, String applicantId, String hallCode,
            String windowId, String staffId, Actor hallStaff) {
        ServedCase served = cases.knownCase(caseId)
                .filter(c -> c.caseNumber().equals(caseNumber))
                .map(c -> new ServedCase(c.caseId(), c.caseNumber(), c.applicantId(), c.itemCode(), c.itemName(),
                        c.region(), c.department()))
                .orElse(null);
        ServiceOccurrence occurrence = ServiceOccurrence.open(served, applicantId, hallCode, windowId, staffId,
                hallStaff, clock.instant(), validity);
        occurrences.insert(occurrence);
        return occurrence;
    }

    /** The occurrence pushed to the calling window device (its token's subject is the window id). */
    @Transactional(readOnly = true)
    public ServiceOccurrence awaitingForDevice(Actor device) {
        return occurrences.latestAwaiting(device.id(), clock.instant())
                .orElseThrow(() -> ServiceOccurrence.notFound("awaiting@" + device.id()));
    }

    @Transactional(readOnly = true)
    public ServiceOccurrence get(String id, Actor actor) {
        return occurrences.find(id).filter(o -> o.visibleTo(actor)).orElseThrow(() -> ServiceOccurrence.notFound(id));
    }

    /** Unrated occurrences past their validity expire as unrated (participation, never good); once each. */
    @Scheduled(fixedDelayString = "${platform.evaluation.expiry-scan:PT5M}", initialDelayString = "PT40S")
    void scheduledExpiry() {
        expireDue(clock.instant());
    }

    public int expireDue(Instant now) {
        int total = 0;
        int batch;
        do {
            batch = occurrences.expireDue(now, EXPIRY_BATCH);
            total += batch;
        } while (batch == EXPIRY_BATCH);
        return total;
    }
}
