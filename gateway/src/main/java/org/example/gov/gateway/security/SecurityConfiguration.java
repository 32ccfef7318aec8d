package org.example.gov.gateway.security;

import java.util.List;

import org.example.gov.gateway.audit.GatewayAudit;
import org.example.gov.gateway.partner.PartnerRequestVerifier;
import org.example.gov.gateway.partner.PartnerSignatureFilter;
import org.example.gov.gateway.partner.SignedRoute;
import org.example.gov.gateway.problem.Problems;
import org.example.gov.gateway.ratelimit.ClientAddresses;
import org.example.gov.gateway.ratelimit.RateLimitFilter;
import org.example.gov.gateway.ratelimit.SharedRateLimiter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

import reactor.core.publisher.Mono;

/**
 * The gateway is a reactive OAuth2 resource server (JWT, RS256, issuer and expiry checked). It only decides
 * "public or authenticated"; role checks per operation happen in the services, which receive the same
 * Authorization header, except on /api/partner/** and /api/guarantor/**, where the caller must be a PARTNER
 * (GUARANTOR) whose request is signed with a key of the partners' (guarantors') ring (PartnerSignatureFilter). 401/403 are problem documents; CORS is answered here, before authentication; the rate
 * limits apply right after authentication (429 problems).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class SecurityConfiguration {

    /**
     * Reachable without a token (any method). Open311 GeoReport v2 (/open311/v2/**, route "open311") is public:
     * hotline-service checks the api_key a POST needs, the rate limit counts per api_key (RateLimitFilter).
     */
    public static final List<String> PUBLIC_PATHS = List.of("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
            "/swagger-ui.html", "/webjars/**", "/livez", "/readyz", "/actuator/health", "/actuator/health/**",
            "/fallback/**", "/open311/v2/**");

    /** Readable without a token (GET only). */
    public static final List<String> PUBLIC_GET_PATHS = List.of("/api/calendar/**", "/api/catalog/**",
            "/api/cases/progress/**", "/api/cases/results", "/api/evaluations/public/**",
            "/api/trading/receipt-keys", "/api/trading/ocds/**", "/api/trading/public/**");

    /** Development endpoints, only with the "local" profile. */
    public static final String DEV_PATHS = "/dev/**";

    /** The management server (separate port, cluster-internal): no token, scraped by Prometheus. */
    @Bean
    @Order(0)
    SecurityWebFilterChain managementSecurityFilterChain(ServerHttpSecurity http, ManagementRequests management) {
        return http.securityMatcher(management)
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .build();
    }

    @Bean
    @Order(1)
    SecurityWebFilterChain gatewaySecurityFilterChain(ServerHttpSecurity http, ManagementRequests management,
            ReactiveJwtDecoder jwtDecoder, Problems problems, Environment environment,
            ObjectProvider<SharedRateLimiter> rateLimiter, ObjectProvider<ClientAddresses> clientAddresses,
            @Qualifier("partnerRequestVerifier") PartnerRequestVerifier partnerRequestVerifier,
            @Qualifier("guarantorRequestVerifier") PartnerRequestVerifier guarantorRequestVerifier,
            GatewayAudit audit,
            @Value("${platform.gateway.max-request-body:1MB}") DataSize maxRequestBody,
            @Value("${platform.audit.base-path}") String auditBasePath) {
        // every refusal the gateway answers itself goes to its audit trail (issue 12), recorded off the event loop
        ServerAuthenticationEntryPoint entryPoint = (exchange, ex) -> {
            boolean invalid = ex instanceof OAuth2AuthenticationException;
            if (invalid) {
                exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            }
            return audit.refused(exchange, 401, invalid ? GatewayAudit.TOKEN_INVALID : GatewayAudit.TOKEN_MISSING)
                    .then(Mono.defer(() -> problems.write(exchange, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", null)));
        };
        ServerAccessDeniedHandler accessDenied = (exchange, ex) -> audit.refused(exchange, 403, "FORBIDDEN")
                .then(Mono.defer(() -> problems.write(exchange, HttpStatus.FORBIDDEN, "FORBIDDEN", null)));
        boolean local = environment.acceptsProfiles(Profiles.of("local"));
        ServerWebExchangeMatcher preflight = exchange -> CorsUtils.isPreFlightRequest(exchange.getRequest())
                ? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch();

        // quotas right after authentication: the limiter needs to know who is calling (RateLimitFilter)
        SharedRateLimiter limiter = rateLimiter.getIfAvailable();
        if (limiter != null) {
            http.addFilterAfter(new RateLimitFilter(limiter, clientAddresses.getObject(), problems, maxRequestBody.toBytes()),
                    SecurityWebFiltersOrder.AUTHENTICATION);
        }
        // partner calls must be signed by the token's partner (issue 12): after authorization, so the caller is known
        // and anonymous calls already got their 401; after the quotas, so a flood is refused before any database work
        http.addFilterAfter(new PartnerSignatureFilter(SignedRoute.PARTNER, partnerRequestVerifier, problems, audit,
                maxRequestBody.toBytes()), SecurityWebFiltersOrder.AUTHORIZATION);
        // guarantors (电子投标保函, issue 14) the same way, with their own key ring
        http.addFilterAfter(new PartnerSignatureFilter(SignedRoute.GUARANTOR, guarantorRequestVerifier, problems, audit,
                maxRequestBody.toBytes()), SecurityWebFiltersOrder.AUTHORIZATION);
        return http.securityMatcher(new NegatedServerWebExchangeMatcher(management))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .cors(Customizer.withDefaults())
                .authorizeExchange(exchanges -> {
                    exchanges.matchers(preflight).permitAll();
                    exchanges.pathMatchers(HttpMethod.GET, PUBLIC_GET_PATHS.toArray(String[]::new)).permitAll();
                    exchanges.pathMatchers(PUBLIC_PATHS.toArray(String[]::new)).permitAll();
                    if (local) {
                        exchanges.pathMatchers(DEV_PATHS).permitAll();
                    }
                    // the gateway's own audit trail, as each service's: supervisors only
                    exchanges.pathMatchers(auditBasePath, auditBasePath + "/**").hasRole("SUPERVISOR");
                    exchanges.pathMatchers("/api/**").authenticated();
                    // ExposedPathsFilter already answered 404 for anything else; never let it through.
                    exchanges.anyExchange().denyAll();
                })
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.jwtDecoder(jwtDecoder).jwtAuthenticationConverter(jwtAuthenticationConverter()))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .build();
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(PlatformSecurityProperties properties) {
        PlatformSecurityProperties.Jwt jwt = properties.jwt();
        if (!StringUtils.hasText(jwt.issuer())) {
            throw new IllegalStateException("platform.security.jwt.issuer (JWT_ISSUER) must be set");
        }
        NimbusReactiveJwtDecoder decoder;
        if (StringUtils.hasText(jwt.jwkSetUri())) {
            decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwt.jwkSetUri().trim())
                    .jwsAlgorithm(SignatureAlgorithm.RS256)
                    .build();
        } else if (StringUtils.hasText(jwt.publicKeyLocation())) {
            decoder = NimbusReactiveJwtDecoder.withPublicKey(PemKeys.readPublicKey(jwt.publicKeyLocation()))
                    .signatureAlgorithm(SignatureAlgorithm.RS256)
                    .build();
        } else {
            throw new IllegalStateException("Set platform.security.jwt.jwk-set-uri (JWT_JWK_SET_URI) or "
                    + "platform.security.jwt.public-key-location (JWT_PUBLIC_KEY_LOCATION)");
        }
        // signature + issuer + exp/nbf (60 s clock skew); the signature once per token, the rest on every request
        OAuth2TokenValidator<Jwt> validator = JwtValidators.createDefaultWithIssuer(jwt.issuer().trim());
        decoder.setJwtValidator(validator);
        return new CachingReactiveJwtDecoder(decoder, validator, 10_000);
    }

    /** Claim "roles": ["CLERK", ...] becomes the authorities ROLE_CLERK, ...; the principal name is "sub". */
    static Converter<Jwt, Mono<AbstractAuthenticationToken>> jwtAuthenticationConverter() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName("roles");
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }

    /**
     * No Spring Security observations: they wrap every filter of the chain in an observation of its own, which cost
     * about a tenth of the gateway's CPU per request (JFR under bench/evaluation.sh). Each request keeps its HTTP
     * server observation (metrics, trace span); rejections are counted there by status.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOriginPatterns(properties.allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key", "X-Request-Id",
                "Accept-Language"));
        cors.setExposedHeaders(List.of("X-Request-Id", "Location"));
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
