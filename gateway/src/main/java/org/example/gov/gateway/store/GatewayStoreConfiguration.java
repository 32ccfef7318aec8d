package org.example.gov.gateway.store;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The gateway's shared store (schema "gateway" on the platform's MySQL/MariaDB): its migration, always on. The rate
 * limits and the partner nonces each run their JDBC calls on pools of their own.
 */
@Configuration(proxyBeanMethods = false)
public class GatewayStoreConfiguration {

    @Bean(destroyMethod = "dispose")
    Scheduler gatewaySchemaScheduler() {
        return Schedulers.newSingle("gateway-schema", true);
    }

    @Bean
    GatewaySchema gatewaySchema(DataSource dataSource, Scheduler gatewaySchemaScheduler) {
        return new GatewaySchema(dataSource, gatewaySchemaScheduler);
    }
}
