package org.example.gov.trading.award.config;

import java.time.Clock;

import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.calendar.CalendarReplica;
import org.example.gov.platform.events.Outbox;
import org.example.gov.trading.award.AwardService;
import org.example.gov.trading.award.PublicityRepository;
import org.example.gov.trading.scoring.EvaluationService;
import org.example.gov.trading.tender.TenderService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** The candidates' publicity and the award. */
@Configuration(proxyBeanMethods = false)
class AwardConfiguration {

    @Bean
    AwardService awardService(PublicityRepository publicities, TenderService tenders, EvaluationService evaluations,
            CalendarReplica calendars, Outbox outbox, AuditTrail audit, TransactionTemplate transactions, Clock clock) {
        return new AwardService(publicities, tenders, evaluations, calendars, outbox, audit, transactions, clock);
    }
}
