package org.example.gov.platform.audit;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail's chain in the application's own schema (tables from Flyway location {@link #MIGRATIONS}, which
 * each application adds to its migration): recording ({@link AuditRecorder}), chaining every
 * {@code platform.audit.chain-interval}, purging whole verified segments older than {@code platform.audit.retention}
 * (≥ 180 days) every {@code platform.audit.purge-interval}, and what supervisors may ask ({@link AuditSupervision}).
 * The endpoints that serve it belong to the web stack (platform-starter's AuditController, the gateway's own).
 */
@AutoConfiguration(afterName = {"org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"})
@ConditionalOnProperty(name = "platform.audit.enabled", havingValue = "true", matchIfMissing = true)
public class AuditChainConfiguration {

    public static final String MIGRATIONS = "classpath:db/audit";

    @Bean
    AuditRepository auditRepository(JdbcClient jdbc) {
        return new AuditRepository(jdbc);
    }

    @Bean
    AuditRecorder auditRecorder(AuditRepository repository, ObjectProvider<Clock> clock) {
        return new AuditRecorder(repository, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    AuditVerifier auditVerifier(AuditRepository repository) {
        return new AuditVerifier(repository);
    }

    @Bean
    AuditSupervision auditSupervision(AuditVerifier verifier, AuditRepository repository) {
        return new AuditSupervision(verifier, repository);
    }

    @Bean
    AuditSchedule auditSchedule(AuditRepository repository, AuditVerifier verifier, TransactionTemplate transactions,
            ObjectProvider<Clock> clock, @Value("${platform.audit.retention:P180D}") Duration retention,
            @Value("${platform.audit.chain-interval:PT1S}") Duration chainInterval,
            @Value("${platform.audit.purge-interval:P1D}") Duration purgeInterval) {
        return new AuditSchedule(new AuditChainer(repository, transactions),
                new AuditPurge(repository, verifier, transactions, clock.getIfAvailable(Clock::systemUTC), retention),
                chainInterval, purgeInterval);
    }
}
