package org.example.gov.trading.credit.config;

import java.time.Clock;

import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.events.Outbox;
import org.example.gov.trading.credit.AgentEvaluationRepository;
import org.example.gov.trading.credit.AgentEvaluationService;
import org.example.gov.trading.credit.CreditRepository;
import org.example.gov.trading.credit.CreditService;
import org.example.gov.trading.tender.TenderService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** Credit: the bad-behaviour records and the agents' evaluations. */
@Configuration(proxyBeanMethods = false)
class CreditConfiguration {

    @Bean
    CreditService creditService(CreditRepository records, Outbox outbox, AuditTrail audit,
            TransactionTemplate transactions, Clock clock) {
        return new CreditService(records, outbox, audit, transactions, clock);
    }

    @Bean
    AgentEvaluationService agentEvaluationService(AgentEvaluationRepository evaluations, TenderService tenders,
            Outbox outbox, AuditTrail audit, TransactionTemplate transactions, Clock clock) {
        return new AgentEvaluationService(evaluations, tenders, outbox, audit, transactions, clock);
    }
}
