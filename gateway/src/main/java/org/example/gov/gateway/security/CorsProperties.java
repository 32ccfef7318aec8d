package org.example.gov.gateway.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Browser origins allowed to call the gateway ({@code platform.cors.allowed-origins} [CORS_ALLOWED_ORIGINS], comma separated; patterns like https://*.example.gov.cn allowed). */
@ConfigurationProperties("platform.cors")
public record CorsProperties(List<String> allowedOrigins) {

    public CorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of()
                : allowedOrigins.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
