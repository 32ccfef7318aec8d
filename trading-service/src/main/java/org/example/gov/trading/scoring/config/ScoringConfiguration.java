package org.example.gov.trading.scoring.config;

import java.time.Clock;

import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.events.Outbox;
import org.example.gov.trading.expert.CommitteeRepository;
import org.example.gov.trading.expert.ExpertRepository;
import org.example.gov.trading.opening.OpeningService;
import org.example.gov.trading.scoring.BidUnderEvaluation;
import org.example.gov.trading.scoring.EvaluationService;
import org.example.gov.trading.scoring.ExpertAccountRepository;
import org.example.gov.trading.scoring.LotEvaluationRepository;
import org.example.gov.trading.scoring.OpenedBids;
import org.example.gov.trading.scoring.ScoringPolicy;
import org.example.gov.trading.tender.TenderService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The evaluation: its policy from {@link ScoringProperties}, the opened bids from the published opening record
 * ({@link OpeningService#openedBids}: bid, bidder, decrypted total), the service.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScoringProperties.class)
class ScoringConfiguration {

    @Bean
    ScoringPolicy scoringPolicy(ScoringProperties p) {
        ScoringPolicy d = ScoringPolicy.DEFAULT;
        return new ScoringPolicy(p.smeDeductionDefault() == null ? d.smeDeductionDefault() : p.smeDeductionDefault(),
                p.smeDeductionMin() == null ? d.smeDeductionMin() : p.smeDeductionMin(),
                p.smeDeductionMax() == null ? d.smeDeductionMax() : p.smeDeductionMax(),
                p.abnormallyLowPercent() == null ? d.abnormallyLowPercentDefault() : p.abnormallyLowPercent());
    }

    @Bean
    OpenedBids openedBids(OpeningService openings) {
        return lot -> openings.openedBids(lot).stream()
                .map(b -> new BidUnderEvaluation(b.bidId(), b.bidder(), b.total(), false)).toList();
    }

    @Bean
    EvaluationService evaluationService(TenderService tenders, OpenedBids openedBids, CommitteeRepository committees,
            ExpertRepository experts, ExpertAccountRepository accounts, LotEvaluationRepository evaluations,
            ScoringPolicy policy, Outbox outbox, TransactionTemplate transactions, Clock clock, AuditTrail audit) {
        return new EvaluationService(tenders, openedBids, committees, experts, accounts, evaluations, policy, outbox,
                transactions, clock, audit);
    }
}
