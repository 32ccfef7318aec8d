package org.example.gov.trading.opening.config;

import java.time.Clock;

import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.events.Outbox;
import org.example.gov.trading.bid.BidService;
import org.example.gov.trading.opening.LiveOpening;
import org.example.gov.trading.opening.OpeningObserver;
import org.example.gov.trading.opening.OpeningRepository;
import org.example.gov.trading.opening.OpeningService;
import org.example.gov.trading.tender.TenderService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The opening service, with a READ COMMITTED template for the deadline step (OpeningService says why). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(OpeningProperties.class)
class OpeningConfiguration {

    @Bean
    OpeningService openingService(OpeningRepository openings, BidService bids, TenderService tenders, Outbox outbox,
            AuditTrail audit, LiveOpening live, TransactionTemplate transactions, PlatformTransactionManager manager,
            Clock clock, org.springframework.beans.factory.ObjectProvider<OpeningObserver> observer) {
        TransactionTemplate readCommitted = new TransactionTemplate(manager);
        readCommitted.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        return new OpeningService(openings, bids, tenders, outbox, audit, live, transactions, readCommitted, clock,
                observer.getIfAvailable(() -> OpeningObserver.NONE));
    }
}
