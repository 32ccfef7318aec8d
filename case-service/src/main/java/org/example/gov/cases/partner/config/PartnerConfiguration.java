package org.example.gov.cases.partner.config;

import org.example.gov.cases.partner.PartnerCallbackDispatcher;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The partner registry and callback settings, and the schedule that sends due callbacks. (The PARTNER role of
 * /api/partner/** is checked before the body is read by platform-starter's RoleCheckBeforeBinding.)
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PartnersProperties.class, CallbackProperties.class})
@EnableScheduling
class PartnerConfiguration {

    private final PartnerCallbackDispatcher dispatcher;

    PartnerConfiguration(PartnerCallbackDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** Every replica runs this; the claim (FOR UPDATE SKIP LOCKED) keeps them from sending a callback twice at once. */
    @Scheduled(initialDelayString = "${platform.cases.partner-callbacks.initial-delay:PT5S}",
            fixedDelayString = "${platform.cases.partner-callbacks.interval:PT5S}")
    void dispatch() {
        dispatcher.dispatchDue();
    }
}
