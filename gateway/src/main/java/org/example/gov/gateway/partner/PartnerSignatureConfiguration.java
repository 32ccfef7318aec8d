package org.example.gov.gateway.partner;

import java.time.Clock;

import javax.sql.DataSource;

import org.example.gov.gateway.store.GatewaySchema;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The parts that check signed partner requests. The nonce store's JDBC calls get their own small pool with a bounded
 * queue (as for the rate limits): when the database is slow, further partner calls are refused (503) at once instead
 * of piling up. The filter itself is added to the security chain by SecurityConfiguration.
 */
@Configuration(proxyBeanMethods = false)
public class PartnerSignatureConfiguration {

    @Bean(destroyMethod = "dispose")
    Scheduler partnerNonceScheduler(Environment environment) {
        int threads = environment.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 4);
        return Schedulers.newBoundedElastic(threads, 256, "partner-nonce-store");
    }

    @Bean
    PartnerKeyRing partnerKeyRing(PartnerKeysProperties properties) {
        return PartnerKeyRing.of(properties);
    }

    /** The guarantors' own ring (issue 14): their keys never open the partner route, nor partners' keys theirs. */
    @Bean
    PartnerKeyRing guarantorKeyRing(GuarantorKeysProperties properties) {
        return PartnerKeyRing.of(properties.guarantors(), "platform.guarantors", "Guarantor");
    }

    @Bean
    NonceStore nonceStore(DataSource dataSource) {
        return new NonceStore(dataSource);
    }

    @Bean
    PartnerRequestVerifier partnerRequestVerifier(@Qualifier("partnerKeyRing") PartnerKeyRing partnerKeyRing, NonceStore nonceStore,
            GatewaySchema gatewaySchema, Scheduler partnerNonceScheduler, PartnerSignatureProperties properties) {
        return new PartnerRequestVerifier(partnerKeyRing, nonceStore, gatewaySchema, partnerNonceScheduler, properties,
                Clock.systemUTC());
    }

    /**
     * Guarantor calls are checked by the same mechanism with the guarantors' ring. Nonces share the store: a nonce is
     * remembered per (caller, nonce) and a token's subject names one caller only.
     */
    @Bean
    PartnerRequestVerifier guarantorRequestVerifier(@Qualifier("guarantorKeyRing") PartnerKeyRing guarantorKeyRing, NonceStore nonceStore,
            GatewaySchema gatewaySchema, Scheduler partnerNonceScheduler, PartnerSignatureProperties properties) {
        return new PartnerRequestVerifier(guarantorKeyRing, nonceStore, gatewaySchema, partnerNonceScheduler,
                properties, Clock.systemUTC());
    }

    @Bean
    NonceHousekeeping nonceHousekeeping(NonceStore nonceStore,
            @Qualifier("partnerRequestVerifier") PartnerRequestVerifier partnerRequestVerifier,
            Scheduler partnerNonceScheduler) {
        return new NonceHousekeeping(nonceStore, partnerRequestVerifier, partnerNonceScheduler);
    }
}
