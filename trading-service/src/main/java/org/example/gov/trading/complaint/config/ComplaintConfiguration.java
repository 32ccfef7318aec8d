package org.example.gov.trading.complaint.config;

import java.time.Clock;

import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.calendar.CalendarReplica;
import org.example.gov.platform.events.Outbox;
import org.example.gov.trading.award.PublicityRepository;
import org.example.gov.trading.complaint.ComplaintRepository;
import org.example.gov.trading.complaint.ComplaintService;
import org.example.gov.trading.scoring.EvaluationService;
import org.example.gov.trading.tender.TenderService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** Complaints; the service is also the award's and the contract's ProcedureHold. */
@Configuration(proxyBeanMethods = false)
class ComplaintConfiguration {

    @Bean
    ComplaintService complaintService(ComplaintRepository complaints, PublicityRepository publicities,
            TenderService tenders, EvaluationService evaluations, CalendarReplica calendars, Outbox outbox,
            AuditTrail audit, TransactionTemplate transactions, Clock clock) {
        return new ComplaintService(complaints, publicities, tenders, evaluations, calendars, outbox, audit,
                transactions, clock);
    }
}
