package org.example.gov.trading.scoring.config;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.Map;

import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.scope.RegionCode;
import org.example.gov.trading.credit.CreditService;
import org.example.gov.trading.credit.SubjectKind;
import org.example.gov.trading.expert.CommitteeRepository;
import org.example.gov.trading.expert.ExpertRepository;
import org.example.gov.trading.opening.OpeningService;
import org.example.gov.trading.scoring.BidUnderEvaluation;
import org.example.gov.trading.scoring.CreditBars;
import org.example.gov.trading.scoring.EvaluationService;
import org.example.gov.trading.scoring.ExpertAccountRepository;
import org.example.gov.trading.scoring.LotEvaluationRepository;
import org.example.gov.trading.scoring.OpenedBids;
import org.example.gov.trading.scoring.ScoringPolicies;
import org.example.gov.trading.scoring.ScoringPolicy;
import org.example.gov.trading.tender.TenderService;
import org.example.gov.trading.tender.Track;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The evaluation: its policies per region from {@link ScoringProperties}, the opened bids from the published opening record
 * ({@link OpeningService#openedBids}: bid, bidder, decrypted total), the service.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScoringProperties.class)
class ScoringConfiguration {

    @Bean
    ScoringPolicies scoringPolicies(ScoringProperties p) {
        ScoringPolicy deployment = scoringPolicy(p);
        Map<String, ScoringPolicy> regions = new HashMap<>();
        if (p.regions() != null) {
            p.regions().forEach((code, r) -> {
                if (RegionCode.parse(code).isEmpty()) {
                    throw new IllegalArgumentException("platform.trading.scoring.regions: " + code
                            + " is not a GB/T 2260 code");
                }
                regions.put(code, new ScoringPolicy(
                        r.smeDeductionDefault() == null ? deployment.smeDeductionDefault() : r.smeDeductionDefault(),
                        r.smeDeductionMin() == null ? deployment.smeDeductionMin() : r.smeDeductionMin(),
                        r.smeDeductionMax() == null ? deployment.smeDeductionMax() : r.smeDeductionMax(),
                        r.abnormallyLowPercent() == null ? deployment.abnormallyLowPercentDefault()
                                : r.abnormallyLowPercent()));
            });
        }
        return new ScoringPolicies(deployment, regions);
    }

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

    /** The bidders' credit records (credit/): each bidder's first record barring it, cited as the reason; all in force. */
    @Bean
    CreditBars creditBars(CreditService credit) {
        return new CreditBars() {
            @Override
            public Map<String, CreditBars.Bar> barred(Collection<String> bidders, LocalDate date, Track track) {
                Map<String, CreditBars.Bar> bars = new HashMap<>();
                credit.barring(SubjectKind.BIDDER, bidders, date, track).forEach((bidder, r) ->
                        bars.put(bidder, new CreditBars.Bar(r.id().toString(), r.citation())));
                return bars;
            }

            @Override
            public List<CreditBars.Entry> inForce(Collection<String> bidders, LocalDate date) {
                return credit.inForce(SubjectKind.BIDDER, bidders, date).stream().map(r -> new CreditBars.Entry(
                        r.id().toString(), r.subjectId(), r.misconduct(), r.basis(), r.decisionRef(), r.department(),
                        r.track() == null ? null : r.track().name(), r.bars(), r.from(), r.until())).toList();
            }
        };
    }

    @Bean
    EvaluationService evaluationService(TenderService tenders, OpenedBids openedBids, CreditBars creditBars,
            CommitteeRepository committees, ExpertRepository experts, ExpertAccountRepository accounts,
            LotEvaluationRepository evaluations, ScoringPolicies policies, Outbox outbox,
            TransactionTemplate transactions, Clock clock, AuditTrail audit) {
        return new EvaluationService(tenders, openedBids, creditBars, committees, experts, accounts, evaluations,
                policies, outbox, transactions, clock, audit);
    }
}
