package org.example.gov.evaluation.statistics.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the statistics settings (which regions count 基本满意 as good). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StatisticsRegions.class)
class StatisticsConfiguration {
}
