package org.example.gov.hotline.open311.config;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.example.gov.hotline.open311.Jurisdictions;
import org.example.gov.hotline.open311.Open311Service;
import org.example.gov.hotline.open311.web.Open311ListCache;
import org.example.gov.platform.scope.RegionCode;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Open311's wiring: the jurisdictions, the public lists' cache, and the api keys provisioned from configuration into
 * table open311_api_key at start-up (keys no longer configured are deactivated). Configuration, not an endpoint:
 * issuing a key to an outside organisation is a deployment decision reviewed like any other secret, and the table
 * keeps which client filed which ticket.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Open311Properties.class)
class Open311Configuration {

    @Bean
    Jurisdictions open311Jurisdictions(Open311Properties properties) {
        List<String> served = properties.jurisdictions() == null || properties.jurisdictions().isEmpty()
                ? List.of("440000") : properties.jurisdictions();
        RegionCode fallback = RegionCode.of(properties.defaultJurisdiction() == null ? served.getFirst()
                : properties.defaultJurisdiction());
        return new Jurisdictions(served.stream().map(RegionCode::of).toList(), fallback);
    }

    /** On the service's clock, so that tests move a list's age as they move everything else's. */
    @Bean
    Open311ListCache open311ListCache(Open311Properties properties, Clock clock) {
        return new Open311ListCache(properties.listCacheTtl(), () -> TimeUnit.MILLISECONDS.toNanos(clock.millis()),
                properties.concurrentListRenders() == null ? 4 : properties.concurrentListRenders(),
                properties.listRenderWait() == null ? Duration.ofSeconds(10) : properties.listRenderWait());
    }

    @Bean
    ApplicationRunner open311KeyProvisioning(Open311Properties properties, Open311Service open311) {
        return args -> open311.provisionKeys(properties.clients() == null ? Map.of() : properties.clients());
    }
}
