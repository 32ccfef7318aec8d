package org.example.gov.trading.guarantee.config;

import java.time.Clock;

import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.personal.crypto.BlindIndex;
import org.example.gov.trading.guarantee.GuaranteeRepository;
import org.example.gov.trading.guarantee.GuaranteeService;
import org.example.gov.trading.tender.TenderService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** The guarantee capability's application service. */
@Configuration(proxyBeanMethods = false)
class GuaranteeConfiguration {

    @Bean
    GuaranteeService guaranteeService(GuaranteeRepository guarantees, TenderService tenders, Outbox outbox,
            TransactionTemplate transactions, Clock clock, AuditTrail audit, BlindIndex tags) {
        return new GuaranteeService(guarantees, tenders, outbox, transactions, clock, audit, tags);
    }
}
