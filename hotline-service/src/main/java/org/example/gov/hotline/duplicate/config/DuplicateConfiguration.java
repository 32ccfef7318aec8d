package org.example.gov.hotline.duplicate.config;

import java.time.Duration;

import org.example.gov.hotline.duplicate.NearbyPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The nearby-duplicate policy from {@code platform.hotline.nearby-duplicates.*}; what is not set keeps the default. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DuplicateConfiguration.NearbyDuplicateProperties.class)
class DuplicateConfiguration {

    @Bean
    NearbyPolicy nearbyPolicy(NearbyDuplicateProperties p) {
        NearbyPolicy d = NearbyPolicy.DEFAULT;
        return new NearbyPolicy(p.distanceMetres() == null ? d.distanceMetres() : p.distanceMetres(),
                p.window() == null ? d.window() : p.window(),
                p.maxCandidates() == null ? d.maxCandidates() : p.maxCandidates());
    }

    /** 重复件 (c): how near (metres), how recent and how many candidates a suggestion lists. */
    @ConfigurationProperties("platform.hotline.nearby-duplicates")
    record NearbyDuplicateProperties(Integer distanceMetres, Duration window, Integer maxCandidates) {
    }
}
