package spike;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

import spike.common.PemPublicKey;

/**
 * Spring Cloud Gateway's MVC server on virtual threads with the two benchmarked routes and what their users rely on:
 * JWT validation (RS256, issuer, expiry; the same key as the platform's gateway), the catalogue readable without a
 * token, everything else authenticated, Prometheus metrics and trace context per request (management port).
 */
@SpringBootApplication
public class MvcGateway {

    public static void main(String[] args) {
        SpringApplication.run(MvcGateway.class, args);
    }

    @Bean
    RouterFunction<ServerResponse> routes(@Value("${CATALOG_URL:http://127.0.0.1:8101}") String catalog,
            @Value("${CASE_URL:http://127.0.0.1:8102}") String cases) {
        return route("item-catalog").route(path("/api/catalog/**"), http()).before(uri(catalog)).build()
                .and(route("case").route(path("/api/cases/**"), http()).before(uri(cases)).build());
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/catalog/**").permitAll()
                        // the management port (Prometheus) is cluster-internal, as the platform gateway's
                        .requestMatchers("/actuator/**").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(oauth -> oauth.jwt(Customizer.withDefaults()))
                .build();
    }

    @Bean
    JwtDecoder jwtDecoder(@Value("${JWT_PUBLIC_KEY_LOCATION}") String location, @Value("${JWT_ISSUER}") String issuer)
            throws Exception {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(PemPublicKey.read(location)).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
        return decoder;
    }
}
