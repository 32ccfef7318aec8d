package org.example.gov.trading.integrity.config;

import java.time.Clock;

import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.events.Outbox;
import org.example.gov.trading.bid.BidService;
import org.example.gov.trading.deposit.DepositRepository;
import org.example.gov.trading.integrity.CollusionRepository;
import org.example.gov.trading.integrity.CollusionRules;
import org.example.gov.trading.integrity.CollusionService;
import org.example.gov.trading.integrity.CollusionThresholds;
import org.example.gov.trading.integrity.EvidenceListener;
import org.example.gov.trading.integrity.EvidenceStore;
import org.example.gov.trading.opening.OpeningService;
import org.example.gov.trading.scoring.EvaluationService;
import org.example.gov.trading.tender.TenderService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The collusion warnings: thresholds from {@link IntegrityProperties}, the evidence listener the bid and opening
 * services call (a bean of both ports), and the service. The service's transactions are REQUIRES_NEW: the automatic
 * analysis runs in the opening's after-commit callback, where the committed transaction's connection is still bound.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntegrityProperties.class)
class IntegrityConfiguration {

    @Bean
    CollusionRules collusionRules(IntegrityProperties p) {
        CollusionThresholds d = CollusionThresholds.DEFAULT;
        return new CollusionRules(new CollusionThresholds(
                p.minPriceSequence() == null ? d.minPriceSequence() : p.minPriceSequence(),
                p.priceStepTolerance() == null ? d.stepTolerance() : p.priceStepTolerance(),
                p.priceRatioTolerance() == null ? d.ratioTolerance() : p.priceRatioTolerance(),
                p.ignoredAddresses() == null ? d.ignoredAddresses() : p.ignoredAddresses(),
                p.ignoredAuthors() == null ? d.ignoredAuthors() : p.ignoredAuthors()));
    }

    /** The bid service's SubmissionEvidence and the opening service's OpeningObserver. */
    @Bean
    EvidenceListener evidenceListener(EvidenceStore store, ObjectProvider<CollusionService> analyses) {
        return new EvidenceListener(store, analyses::getObject);
    }

    @Bean
    CollusionService collusionService(EvidenceStore evidence, CollusionRepository analyses, CollusionRules rules,
            BidService bids, OpeningService openings, DepositRepository deposits, TenderService tenders, Outbox outbox,
            AuditTrail audit, PlatformTransactionManager manager, Clock clock, EvaluationService evaluations) {
        TransactionTemplate requiresNew = new TransactionTemplate(manager);
        requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new CollusionService(evidence, analyses, rules, bids, openings, deposits, tenders, outbox, audit,
                requiresNew, clock, evaluations);
    }
}
