package org.example.gov.trading.award.config;

import java.time.Clock;

import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.calendar.CalendarReplica;
import org.example.gov.platform.events.Outbox;
import org.example.gov.trading.award.AwardService;
import org.example.gov.trading.award.ContractRepository;
import org.example.gov.trading.award.ContractService;
import org.example.gov.trading.award.ProcedureHold;
import org.example.gov.trading.award.PublicityRepository;
import org.example.gov.trading.deposit.DepositService;
import org.example.gov.trading.guarantee.GuaranteeService;
import org.example.gov.trading.scoring.EvaluationService;
import org.example.gov.trading.tender.TenderService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** The candidates' publicity, the award and the contract; a complaint's suspension comes from its own capability. */
@Configuration(proxyBeanMethods = false)
class AwardConfiguration {

    @Bean
    ContractService contractService(ContractRepository contracts, PublicityRepository publicities,
            TenderService tenders, GuaranteeService guarantees, DepositService deposits,
            ObjectProvider<ProcedureHold> holds, CalendarReplica calendars, Outbox outbox, AuditTrail audit,
            TransactionTemplate transactions, Clock clock) {
        return new ContractService(contracts, publicities, tenders, guarantees, deposits,
                holds.getIfAvailable(() -> ProcedureHold.NONE), calendars, outbox, audit, transactions, clock);
    }

    @Bean
    AwardService awardService(PublicityRepository publicities, TenderService tenders, EvaluationService evaluations,
            ContractService contracts, ObjectProvider<ProcedureHold> holds, CalendarReplica calendars, Outbox outbox,
            AuditTrail audit, TransactionTemplate transactions, Clock clock) {
        return new AwardService(publicities, tenders, evaluations, contracts,
                holds.getIfAvailable(() -> ProcedureHold.NONE), calendars, outbox, audit, transactions, clock);
    }
}
