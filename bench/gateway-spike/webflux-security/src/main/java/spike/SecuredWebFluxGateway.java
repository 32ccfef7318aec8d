package spike;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * Spring Cloud Gateway's WebFlux server with the two benchmarked routes plus Spring Security as the platform's gateway
 * configures it (stateless resource server, JWT RS256 with issuer and expiry, the catalogue readable without a token,
 * everything else authenticated). No metrics, no tracing: the difference to the bare spike is what the security chain
 * costs.
 */
@SpringBootApplication
public class SecuredWebFluxGateway {

    public static void main(String[] args) {
        SpringApplication.run(SecuredWebFluxGateway.class, args);
    }

    @Bean
    RouteLocator routes(RouteLocatorBuilder builder, @Value("${CATALOG_URL:http://127.0.0.1:8101}") String catalog,
            @Value("${CASE_URL:http://127.0.0.1:8102}") String cases) {
        return builder.routes()
                .route("item-catalog", route -> route.path("/api/catalog/**").uri(catalog))
                .route("case", route -> route.path("/api/cases/**").uri(cases))
                .build();
    }

    @Bean
    SecurityWebFilterChain security(ServerHttpSecurity http) {
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.GET, "/api/catalog/**").permitAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(oauth -> oauth.jwt(Customizer.withDefaults()))
                .build();
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(@Value("${JWT_PUBLIC_KEY_LOCATION}") String location,
            @Value("${JWT_ISSUER}") String issuer) throws Exception {
        String pem = Files.readString(Path.of(location.replaceFirst("^file:", "")))
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(key).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
        return decoder;
    }
}
