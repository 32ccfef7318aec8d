package org.example.gov.platform.config;

import java.io.IOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code platform-defaults.properties} as the lowest-precedence property source, so every service
 * gets the same operational defaults (virtual threads, graceful shutdown, probes, JSON logs, Kafka
 * serializers...) and can still override any of them in its own application.yml or by environment.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String NAME = "platformDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(NAME)) {
            return;
        }
        try {
            for (PropertySource<?> source : new PropertiesPropertySourceLoader()
                    .load(NAME, new ClassPathResource("platform-defaults.properties"))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read platform-defaults.properties", e);
        }
    }
}
