package org.example.gov.trading.deposit.config;

import java.time.Clock;

import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.calendar.CalendarReplica;
import org.example.gov.platform.events.Outbox;
import org.example.gov.trading.deposit.DepositRepository;
import org.example.gov.trading.deposit.DepositService;
import org.example.gov.trading.deposit.InterestRates;
import org.example.gov.trading.deposit.RefundRule;
import org.example.gov.trading.tender.TenderService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** The refund rule with the configured rates, and the deposit service. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DepositProperties.class)
class DepositConfiguration {

    @Bean
    InterestRates interestRates(DepositProperties p) {
        InterestRates d = InterestRates.DEFAULT;
        return new InterestRates(p.bankDepositRate() == null ? d.bankDepositRate() : p.bankDepositRate(),
                p.centralBankLoanRate() == null ? d.centralBankLoanRate() : p.centralBankLoanRate(),
                p.procurementMarkup() == null ? d.procurementMarkup() : p.procurementMarkup());
    }

    @Bean
    DepositService depositService(DepositRepository deposits, TenderService tenders, CalendarReplica calendars,
            InterestRates rates, Outbox outbox, TransactionTemplate transactions, Clock clock, AuditTrail audit) {
        return new DepositService(deposits, tenders, calendars, new RefundRule(rates), outbox, transactions, clock,
                audit);
    }
}
