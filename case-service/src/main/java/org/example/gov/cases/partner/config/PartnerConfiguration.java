package org.example.gov.cases.partner.config;

import org.example.gov.cases.partner.PartnerCallbackDispatcher;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The partner registry and callback settings, the schedule that sends due callbacks, and the role gate in front of
 * /api/partner/**.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PartnersProperties.class, CallbackProperties.class})
@EnableScheduling
class PartnerConfiguration implements WebMvcConfigurer {

    private final PartnerCallbackDispatcher dispatcher;

    PartnerConfiguration(PartnerCallbackDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PartnerOnlyInterceptor()).addPathPatterns("/api/partner/**");
    }

    /** Every replica runs this; the claim (FOR UPDATE SKIP LOCKED) keeps them from sending a callback twice at once. */
    @Scheduled(initialDelayString = "${platform.cases.partner-callbacks.initial-delay:PT5S}",
            fixedDelayString = "${platform.cases.partner-callbacks.interval:PT5S}")
    void dispatch() {
        dispatcher.dispatchDue();
    }
}
