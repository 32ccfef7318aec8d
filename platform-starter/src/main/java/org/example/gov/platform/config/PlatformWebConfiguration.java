package org.example.gov.platform.config;

import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.web.ActorArgumentResolver;
import org.example.gov.platform.web.ProblemDetailsAdvice;
import org.example.gov.platform.web.ProblemErrorController;
import org.example.gov.platform.web.Problems;
import org.example.gov.platform.web.RequestBodyLimitFilter;
import org.example.gov.platform.web.RequestIdFilter;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Web plumbing shared by every service: problems, request ids, the acting user, API docs, the clock.
 * (Chinese is the default locale, English on {@code Accept-Language: en}: see spring.web.locale in
 * platform-defaults.properties.)
 */
// before Boot's error handling, so that its BasicErrorController backs off in favour of ProblemErrorController
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class PlatformWebConfiguration implements WebMvcConfigurer {

    static {
        // the acting user comes from the token (ActorArgumentResolver), never from the query string: keep it out of
        // the API documents, where springdoc would otherwise list it as a required query parameter "actor"
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    Problems problems() {
        // The service's own problems.properties first, then the shared ones; UTF-8 so Chinese reads as written.
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("problems", "platform-problems");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new Problems(messages);
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice(Problems problems, ObjectProvider<AuditTrail> audit) {
        return new ProblemDetailsAdvice(problems, audit);
    }

    @Bean
    ProblemErrorController problemErrorController(Problems problems) {
        return new ProblemErrorController(problems);
    }

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(
            @Value("${platform.web.max-request-body:1MB}") DataSize maxRequestBody) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestBodyLimitFilter(maxRequestBody.toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver());
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI platformOpenApi(@Value("${spring.application.name}") String name,
            @Value("${platform.api.description:}") String description) {
        return new OpenAPI()
                .info(new Info().title(name).description(description).version("v1"))
                // Clients reach every service through the gateway, which serves the same paths.
                .servers(List.of(new Server().url("/").description("through the gateway")))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
