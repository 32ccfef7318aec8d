package org.example.gov.trading.ocds.config;

import java.time.Clock;

import org.example.gov.trading.award.ContractRepository;
import org.example.gov.trading.award.PublicityRepository;
import org.example.gov.trading.bid.BidService;
import org.example.gov.trading.ocds.OcdsFeedService;
import org.example.gov.trading.ocds.OcdsReleaseListener;
import org.example.gov.trading.ocds.ReleaseStore;
import org.example.gov.trading.tender.ProjectRepository;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.json.JsonMapper;

/** The OCDS open-data feed: the publisher that writes releases as projects change, and the packages it serves. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OcdsProperties.class)
class OcdsConfiguration {

    @Bean
    OcdsReleaseListener ocdsReleaseListener(ProjectRepository projects, BidService bids, PublicityRepository publicities,
            ContractRepository contracts, ReleaseStore releases, JsonMapper json, Clock clock,
            OcdsProperties properties) {
        return new OcdsReleaseListener(projects, bids, publicities, contracts, releases, json, clock, properties);
    }

    @Bean
    OcdsFeedService ocdsFeedService(ReleaseStore releases, JsonMapper json, Clock clock, OcdsProperties properties) {
        return new OcdsFeedService(releases, json, clock, properties);
    }
}
