package org.example.gov.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Locale;

import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.web.Problems;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every service is an OAuth2 resource server: stateless, JWT (RS256) with issuer check, roles from the
 * {@code roles} claim. Role checks per operation are {@code @PreAuthorize} on the controllers; this
 * chain only decides public versus authenticated.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(PlatformSecurityProperties.class)
@EnableMethodSecurity
public class PlatformSecurityConfiguration {

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain platformSecurityFilterChain(HttpSecurity http, PlatformSecurityProperties properties,
            Problems problems, JsonMapper json, LocaleResolver localeResolver, ObjectProvider<AuditTrail> audit)
            throws Exception {
        ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(problems, json, localeResolver, audit);
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(authorize -> {
                    // Actuator and API docs are only reachable inside the cluster: the gateway routes /api/** only.
                    authorize.requestMatchers("/actuator/**", "/livez", "/readyz", "/v3/api-docs/**", "/error").permitAll();
                    for (String path : properties.publicPaths()) {
                        String[] parts = path.trim().split("\\s+", 2);
                        if (parts.length == 2) {
                            authorize.requestMatchers(HttpMethod.valueOf(parts[0].toUpperCase(Locale.ROOT)), parts[1]).permitAll();
                        } else {
                            authorize.requestMatchers(parts[0]).permitAll();
                        }
                    }
                    authorize.anyRequest().authenticated();
                })
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtAuthenticationConverter()))
                        .authenticationEntryPoint(handlers.entryPoint())
                        .accessDeniedHandler(handlers.accessDenied()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(handlers.entryPoint())
                        .accessDeniedHandler(handlers.accessDenied()));
        return http.build();
    }

    /** Role rules ({@code @PreAuthorize}) are checked before the request is bound: see {@link RoleCheckBeforeBinding}. */
    @Bean
    WebMvcConfigurer roleCheckBeforeBinding() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new RoleCheckBeforeBinding()).order(Ordered.HIGHEST_PRECEDENCE);
            }
        };
    }

    /**
     * No Spring Security observations: they wrap each filter of the chain, the authentication and the authorization in
     * observations of their own, which cost a sixth of a service's CPU per request (JFR under bench/evaluation.sh). The
     * HTTP server observation (metrics, trace span per request) stays.
     */
    @Bean
    @ConditionalOnMissingBean(SecurityObservationSettings.class)
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder jwtDecoder(PlatformSecurityProperties properties) {
        PlatformSecurityProperties.Jwt jwt = properties.jwt();
        if (!StringUtils.hasText(jwt.issuer())) {
            throw new IllegalStateException("platform.security.jwt.issuer (JWT_ISSUER) must be set");
        }
        NimbusJwtDecoder decoder;
        if (StringUtils.hasText(jwt.jwkSetUri())) {
            decoder = NimbusJwtDecoder.withJwkSetUri(jwt.jwkSetUri()).build();
        } else if (StringUtils.hasText(jwt.publicKeyLocation())) {
            decoder = NimbusJwtDecoder.withPublicKey(readPublicKey(jwt.publicKeyLocation())).build();
        } else {
            throw new IllegalStateException(
                    "Set platform.security.jwt.jwk-set-uri (JWT_JWK_SET_URI) or platform.security.jwt.public-key-location (JWT_PUBLIC_KEY_LOCATION)");
        }
        OAuth2TokenValidator<Jwt> validator = JwtValidators.createDefaultWithIssuer(jwt.issuer());
        decoder.setJwtValidator(validator);
        return new CachingJwtDecoder(decoder, validator, 10_000);
    }

    static JwtAuthenticationConverter jwtAuthenticationConverter() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName("roles");
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }

    static RSAPublicKey readPublicKey(String location) {
        Resource resource = new DefaultResourceLoader().getResource(location);
        try (InputStream in = resource.getInputStream()) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "")
                    .replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot read the JWT public key from " + location, e);
        }
    }
}
