package org.example.gov.hotline.open311.config;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.example.gov.hotline.open311.ClientKind;
import org.example.gov.hotline.open311.Jurisdictions;
import org.example.gov.hotline.open311.Open311Client;
import org.example.gov.hotline.open311.Open311Repository;
import org.example.gov.platform.scope.RegionCode;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Open311's wiring: the jurisdictions, and the api keys provisioned from configuration into table open311_api_key at
 * start-up (keys no longer configured are deactivated). Configuration, not an endpoint: issuing a key to an outside
 * organisation is a deployment decision reviewed like any other secret, and the table keeps which client filed which
 * ticket.
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

    @Bean
    ApplicationRunner open311KeyProvisioning(Open311Properties properties, Open311Repository repository,
            TransactionTemplate transactions, Clock clock) {
        return args -> {
            Map<String, Open311Client> byHash = new HashMap<>();
            (properties.clients() == null ? Map.<String, Open311Properties.Client>of() : properties.clients())
                    .forEach((id, c) -> {
                        for (String hash : c.keySha256() == null ? List.<String>of() : c.keySha256()) {
                            String h = hash.strip().toLowerCase(Locale.ROOT);
                            if (!h.matches("[0-9a-f]{64}")) {
                                throw new IllegalStateException("platform.hotline.open311.clients." + id
                                        + ".key-sha256 must hold SHA-256 hashes (64 hex digits), never the key");
                            }
                            byHash.put(h, new Open311Client(id, c.kind() == null ? ClientKind.APP : c.kind(),
                                    c.name() == null ? id : c.name()));
                        }
                    });
            transactions.executeWithoutResult(status -> repository.provisionKeys(byHash, clock.instant()));
        };
    }
}
