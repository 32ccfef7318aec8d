package org.example.gov.trading.bid.config;

import java.util.regex.Pattern;

import io.micrometer.observation.ObservationPredicate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * No HTTP server observation (so no http_server_requests metric, no trace span) for the requests whose number is a
 * secret before a lot's deadline: bids (submit, replace, withdraw, read one's own), document downloads, guarantees presented and deposits paid. Their uri
 * tag would count a lot's submissions and downloads for anyone reading /actuator/prometheus or the traces.
 */
@Configuration(proxyBeanMethods = false)
class SecretRequestObservations {

    static final Pattern SECRET = Pattern.compile("/api/trading/lots/[^/]+/(bids|documents|guarantees|deposits)(/.*)?");

    @Bean
    ObservationPredicate noObservationOfSecretRequests() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext request
                && request.getCarrier() != null && SECRET.matcher(request.getCarrier().getRequestURI()).matches());
    }
}
