package org.example.gov.platform.calendar;

import java.time.Clock;
import java.time.Duration;

import org.example.gov.platform.config.PlatformMigrations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The working-day calendar replica, for every service that counts working days:
 * {@code platform.calendar.replica.enabled=true} and {@code platform.calendar.replica.catalog-url}. Its tables come
 * with it (Flyway location {@code db/calendar-replica}), so a service that does not count carries none of them.
 */
@AutoConfiguration(afterName = "org.example.gov.platform.events.EventsConfiguration")
@ConditionalOnProperty(name = "platform.calendar.replica.enabled", havingValue = "true")
public class CalendarReplicaConfiguration {

    public static final String MIGRATIONS = "classpath:db/calendar-replica";

    @Bean
    FlywayConfigurationCustomizer calendarReplicaMigrations() {
        return PlatformMigrations.withLocation(MIGRATIONS);
    }

    @Bean
    CalendarReplica calendarReplica(@Value("${platform.calendar.replica.catalog-url}") String catalogUrl,
            @Value("${platform.calendar.replica.timeout:PT2S}") Duration timeout,
            @Value("${platform.calendar.replica.refresh-interval:PT10M}") Duration refreshInterval,
            @Value("${platform.calendar.replica.check-interval:PT30S}") Duration checkInterval,
            JdbcClient jdbc, TransactionTemplate transactions, ObjectProvider<CalendarChangeListener> listeners, Clock clock) {
        return new CalendarReplica(new CatalogCalendarSource(catalogUrl, timeout), new CalendarReplicaRepository(jdbc),
                transactions, listeners, clock, refreshInterval, checkInterval);
    }
}
