package org.example.gov.cases.partner.config;

import org.example.gov.cases.partner.IdempotencyKeyPurge;
import org.example.gov.cases.partner.PartnerCallbackDispatcher;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The partner registry and callback settings, the schedule that sends due callbacks and the one that forgets expired
 * Idempotency-Keys. (The PARTNER role of
 * /api/partner/** is checked before the body is read by platform-starter's RoleCheckBeforeBinding.)
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PartnersProperties.class, CallbackProperties.class,
        IdempotencyRetentionProperties.class})
@EnableScheduling
class PartnerConfiguration {

    private final PartnerCallbackDispatcher dispatcher;
    private final IdempotencyKeyPurge idempotencyKeyPurge;

    PartnerConfiguration(PartnerCallbackDispatcher dispatcher, IdempotencyKeyPurge idempotencyKeyPurge) {
        this.dispatcher = dispatcher;
        this.idempotencyKeyPurge = idempotencyKeyPurge;
    }

    /** Every replica runs this; the claim (FOR UPDATE SKIP LOCKED) keeps them from sending a callback twice at once. */
    @Scheduled(initialDelayString = "${platform.cases.partner-callbacks.initial-delay:PT5S}",
            fixedDelayString = "${platform.cases.partner-callbacks.interval:PT5S}")
    void dispatch() {
        dispatcher.dispatchDue();
    }

    /** Every replica runs this too; expired keys are few per run, deleted in bounded batches. */
    @Scheduled(initialDelayString = "${platform.cases.partner-idempotency.initial-delay:PT1M}",
            fixedDelayString = "${platform.cases.partner-idempotency.interval:PT1H}")
    void purgeIdempotencyKeys() {
        idempotencyKeyPurge.purgeExpired();
    }
}
