package org.example.gov.gateway.trading;

import java.util.regex.Pattern;

import io.micrometer.observation.ObservationPredicate;

import org.springframework.cloud.gateway.filter.headers.observation.GatewayContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;

/**
 * The requests whose number is a secret until a lot's bid deadline (bids: submit, replace, withdraw, read one's own;
 * tender document downloads; guarantees presented and deposits paid; DOMAIN.md §7): the gateway neither times them as HTTP server requests nor traces them,
 * here or to the service, because a metric or a span per request would let whoever reads /actuator/prometheus or the
 * traces count a lot's bids (trading-service excludes them from its own observations the same way).
 */
@Configuration(proxyBeanMethods = false)
public class SecretCountRequests {

    public static final Pattern PATHS = Pattern.compile("/api/trading/lots/[^/]+/(bids|documents|guarantees|deposits)(/.*)?");

    @Bean
    ObservationPredicate noObservationOfSecretCountRequests() {
        return (name, context) -> {
            if (context instanceof ServerRequestObservationContext server && server.getCarrier() != null) {
                return !PATHS.matcher(server.getCarrier().getPath().value()).matches();
            }
            if (context instanceof GatewayContext proxied && proxied.getRequest() != null) {
                return !PATHS.matcher(proxied.getRequest().getPath().value()).matches();
            }
            return true;
        };
    }
}
