package org.example.gov.platform.audit;

import java.time.Clock;
import java.time.Duration;

import org.example.gov.platform.config.PlatformMigrations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail every service keeps in its own schema (tables from Flyway location {@code db/audit}): recording
 * ({@link AuditTrail}), chaining every {@code platform.audit.chain-interval}, purging whole verified segments older
 * than {@code platform.audit.retention} (≥ 180 days) daily, and, where the service names
 * {@code platform.audit.base-path}, the supervisors' verification and search endpoints.
 */
@AutoConfiguration(afterName = "org.example.gov.platform.events.EventsConfiguration")
@ConditionalOnProperty(name = "platform.audit.enabled", havingValue = "true", matchIfMissing = true)
public class AuditConfiguration {

    public static final String MIGRATIONS = "classpath:db/audit";

    @Bean
    FlywayConfigurationCustomizer auditMigrations() {
        return PlatformMigrations.withLocation(MIGRATIONS);
    }

    @Bean
    AuditRepository auditRepository(JdbcClient jdbc) {
        return new AuditRepository(jdbc);
    }

    @Bean
    AuditTrail auditTrail(AuditRepository repository, Clock clock) {
        return new AuditTrail(repository, clock);
    }

    @Bean
    AuditVerifier auditVerifier(AuditRepository repository) {
        return new AuditVerifier(repository);
    }

    @Bean
    AuditSchedule auditSchedule(AuditRepository repository, AuditVerifier verifier, TransactionTemplate transactions,
            Clock clock, @Value("${platform.audit.retention:P180D}") Duration retention,
            @Value("${platform.audit.chain-interval:PT1S}") Duration chainInterval,
            @Value("${platform.audit.purge-interval:P1D}") Duration purgeInterval) {
        return new AuditSchedule(new AuditChainer(repository, transactions),
                new AuditPurge(repository, verifier, transactions, clock, retention), chainInterval, purgeInterval);
    }

    @Bean
    @ConditionalOnProperty(name = "platform.audit.base-path")
    AuditController auditController(AuditVerifier verifier, AuditRepository repository) {
        return new AuditController(verifier, repository);
    }
}
