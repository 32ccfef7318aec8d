package org.example.gov.gateway.audit;

import org.example.gov.gateway.ratelimit.ClientAddresses;
import org.example.gov.gateway.ratelimit.RateLimitProperties;
import org.example.gov.platform.audit.AuditRecorder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The gateway's side of the audit trail (platform-core's AuditChainConfiguration keeps the chain in schema "gateway",
 * whose tables GatewaySchema migrates): recording its refusals; GatewayAuditController serves the supervisors. The
 * client address is resolved as the rate limits resolve it (the same trusted proxies), whether or not they are on.
 */
@Configuration(proxyBeanMethods = false)
public class GatewayAuditConfiguration {

    /** One thread: the refusals' inserts take at most one of the store's few connections, whatever comes in. */
    @Bean(destroyMethod = "dispose")
    Scheduler auditScheduler() {
        return Schedulers.newBoundedElastic(1, 10_000, "gateway-audit");
    }

    @Bean
    GatewayAudit gatewayAudit(ObjectProvider<AuditRecorder> recorder, RateLimitProperties rateLimits,
            Scheduler auditScheduler) {
        return new GatewayAudit(recorder.getIfAvailable(), new ClientAddresses(rateLimits.trustedProxies()),
                auditScheduler);
    }
}
