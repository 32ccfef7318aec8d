package org.example.gov.evaluation.invitation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every few minutes (configurable): unused invitations past their validity expire as "unrated". Each is a conditional
 * UPDATE (status OPEN → EXPIRED), so several replicas or a restart never expire one twice.
 */
@Component
class InvitationExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(InvitationExpiryJob.class);

    private final InvitationService invitations;

    InvitationExpiryJob(InvitationService invitations) {
        this.invitations = invitations;
    }

    @Scheduled(fixedDelayString = "${platform.evaluation.expiry-scan:PT5M}", initialDelayString = "PT30S")
    void expire() {
        int expired = invitations.expireDue();
        if (expired > 0) {
            log.info("Expired {} unused rating invitation(s) as unrated", expired);
        }
    }
}
