package org.example.gov.platform.audit;

import org.example.gov.platform.config.PlatformMigrations;
import org.example.gov.platform.personal.crypto.BlindIndex;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * A service's side of the audit trail (the chain itself is platform-core's {@link AuditChainConfiguration}): the
 * audit tables in the service's Flyway migration, {@link AuditTrail} (recording with the current servlet request's
 * address), and, where the service names {@code platform.audit.base-path}, the supervisors' verification and search
 * endpoints.
 */
@AutoConfiguration(after = AuditChainConfiguration.class,
        afterName = "org.example.gov.platform.events.EventsConfiguration")
@ConditionalOnProperty(name = "platform.audit.enabled", havingValue = "true", matchIfMissing = true)
public class AuditConfiguration {

    @Bean
    FlywayConfigurationCustomizer auditMigrations() {
        return PlatformMigrations.withLocation(AuditChainConfiguration.MIGRATIONS);
    }

    @Bean
    AuditTrail auditTrail(AuditRecorder recorder) {
        return new AuditTrail(recorder);
    }

    @Bean
    @ConditionalOnProperty(name = "platform.audit.base-path")
    AuditController auditController(AuditSupervision supervision, AuditTrail trail, ObjectProvider<BlindIndex> index) {
        return new AuditController(supervision, trail, index);
    }
}
