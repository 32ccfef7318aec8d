package org.example.gov.trading.negativelist.config;

import java.time.Clock;

import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.events.Outbox;
import org.example.gov.trading.negativelist.NegativeList;
import org.example.gov.trading.negativelist.NegativeListGate;
import org.example.gov.trading.negativelist.TenderDocumentRepository;
import org.example.gov.trading.negativelist.TenderDocumentService;
import org.example.gov.trading.tender.TenderService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The negative list from its configured rules, the gate the announcement asks, and the drafting service. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NegativeListProperties.class)
class NegativeListConfiguration {

    @Bean
    NegativeList negativeList(NegativeListProperties properties) {
        if (properties.rules().isEmpty()) {
            // an empty list would let every discriminatory clause through without a word: refuse to start instead
            throw new IllegalStateException("platform.trading.negative-list.rules is empty (negative-list.yml not imported?)");
        }
        return new NegativeList(properties.rules());
    }

    @Bean
    NegativeListGate negativeListGate(TenderDocumentRepository documents) {
        return new NegativeListGate(documents);
    }

    @Bean
    TenderDocumentService tenderDocumentService(TenderService tenders, TenderDocumentRepository documents,
            NegativeList negativeList, Outbox outbox, AuditTrail audit, Clock clock) {
        return new TenderDocumentService(tenders, documents, negativeList, outbox, audit, clock);
    }
}
