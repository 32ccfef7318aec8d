package org.example.gov.evaluation.onsite;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

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
    private final Clock clock;
    private final Duration validity;

    public OccurrenceService(OccurrenceRepository occurrences, Clock clock,
            @Value("${platform.evaluation.on-site-validity:PT30M}") Duration validity) {
        this.occurrences = occurrences;
        this.clock = clock;
        this.validity = validity;
    }

    @Transactional
    public ServiceOccurrence open(String caseId, String caseNumber, String applicantId, String itemCode, String itemName,
            String hallCode, String windowId, String staffId, Actor hallStaff) {
        ServiceOccurrence occurrence = ServiceOccurrence.open(caseId, caseNumber, applicantId, itemCode, itemName,
                hallCode, windowId, staffId, hallStaff, clock.instant(), validity);
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
