package org.example.gov.trading.expert.config;

import java.util.Set;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.events.Outbox;
import org.example.gov.trading.expert.CommitteeRepository;
import org.example.gov.trading.expert.CommitteeRules;
import org.example.gov.trading.expert.CommitteeService;
import org.example.gov.trading.credit.CreditService;
import org.example.gov.trading.credit.SubjectKind;
import org.example.gov.trading.expert.DrawRandom;
import org.example.gov.trading.expert.ExpertCreditBars;
import org.example.gov.trading.expert.ExpertId;
import org.example.gov.trading.expert.Penalty;
import org.example.gov.trading.expert.ExpertPoolService;
import org.example.gov.trading.expert.ExpertRepository;
import org.example.gov.trading.expert.LotBidders;
import org.example.gov.trading.expert.SupervisingDepartments;
import org.example.gov.trading.opening.OpeningService;
import org.example.gov.trading.tender.TenderService;
import org.example.gov.trading.tender.Track;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The expert pool and the committee draw: rules from {@link ExpertProperties}, the draw's generator (not a bean: no other
 * capability draws from it), the services.
 *
 * <p>{@link LotBidders}: the bidders whose bids the lot's published opening record shows as opened
 * ({@link OpeningService#openedBidders}); empty before the record is published, so no draw happens without them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExpertProperties.class)
class ExpertConfiguration {

    @Bean
    CommitteeRules committeeRules(ExpertProperties p) {
        CommitteeRules d = CommitteeRules.DEFAULT;
        return new CommitteeRules(p.minMembers() == null ? d.minMembers() : p.minMembers(),
                p.minMembersLargeProcurement() == null ? d.minMembersLargeProcurement() : p.minMembersLargeProcurement(),
                p.largeProcurementBudget() == null ? d.largeProcurementBudget() : p.largeProcurementBudget());
    }

    @Bean
    SupervisingDepartments supervisingDepartments(ExpertProperties p) {
        Map<Track, List<String>> names = new HashMap<>(SupervisingDepartments.DEFAULT.names());
        if (p.constructionSupervisors() != null) {
            names.put(Track.CONSTRUCTION, p.constructionSupervisors());
        }
        if (p.procurementSupervisors() != null) {
            names.put(Track.GOVERNMENT_PROCUREMENT, p.procurementSupervisors());
        }
        return new SupervisingDepartments(names);
    }

    /**
     * The draw's seeds: a DRBG (NIST SP 800-90A, the JDK's Hash_DRBG with SHA-256 by default) at 256-bit strength,
     * instantiated from the operating system's entropy and reseeded from it; personalised so its stream is this use's.
     */
    static SecureRandom committeeDrawRandom() throws NoSuchAlgorithmException {
        return DrawRandom.seedSource("gov.trading.committee-draw");
    }

    @Bean
    ExpertPoolService expertPoolService(ExpertRepository experts, TransactionTemplate transactions, Clock clock,
            AuditTrail audit) {
        return new ExpertPoolService(experts, transactions, clock, audit);
    }

    /** Refuses (as {@link LotBidders.Unwired}) until the opening record names the opened bids: never a draw blind. */
    @Bean
    LotBidders openedLotBidders(OpeningService openings) {
        LotBidders notYet = new LotBidders.Unwired();
        return lot -> {
            Set<String> opened = Set.copyOf(openings.openedBidders(lot));
            return opened.isEmpty() ? notYet.bidders(lot) : opened;
        };
    }

    /** The experts' barring credit records (credit/), each a penalty for the draw citing the record. */
    @Bean
    ExpertCreditBars expertCreditBars(CreditService credit) {
        return (experts, date, track) -> {
            Map<ExpertId, List<Penalty>> bars = new HashMap<>();
            credit.barring(SubjectKind.EXPERT, experts.stream().map(ExpertId::toString).toList(), date, track)
                    .forEach((expert, r) -> bars.put(ExpertId.of(expert),
                            List.of(new Penalty(r.from(), r.until(), r.citation(), r.basis()))));
            return bars;
        };
    }

    @Bean
    CommitteeService committeeService(TenderService tenders, ObjectProvider<LotBidders> bidders,
            ExpertRepository experts, CommitteeRepository committees, CommitteeRules rules,
            SupervisingDepartments supervisors, ExpertCreditBars credit, Outbox outbox,
            TransactionTemplate transactions, Clock clock, AuditTrail audit) throws NoSuchAlgorithmException {
        return new CommitteeService(tenders, bidders.getIfAvailable(LotBidders.Unwired::new), experts, committees,
                rules, supervisors, credit, committeeDrawRandom(), outbox, transactions, clock, audit);
    }
}
