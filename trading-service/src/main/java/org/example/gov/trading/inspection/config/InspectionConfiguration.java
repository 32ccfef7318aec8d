package org.example.gov.trading.inspection.config;

import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.trading.award.AwardDecision;
import org.example.gov.trading.award.Publicity;
import org.example.gov.trading.award.PublicityRepository;
import org.example.gov.trading.expert.DrawRandom;
import org.example.gov.trading.inspection.InspectableProjects;
import org.example.gov.trading.inspection.InspectedProject;
import org.example.gov.trading.inspection.InspectionRepository;
import org.example.gov.trading.inspection.InspectionService;
import org.example.gov.trading.inspection.InspectorRepository;
import org.example.gov.trading.inspection.InspectorService;
import org.example.gov.trading.tender.TenderService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 双随机一公开: the projects from the tender capability (lots concluded in the period) and the awarded bidders from the
 * award capability's decisions; the draw's own seed source, personalised for inspections (not a bean: no other
 * capability draws from it).
 */
@Configuration(proxyBeanMethods = false)
class InspectionConfiguration {

    /** More eligible projects than this is a period or region too wide for one plan: refused, never truncated. */
    static final int ELIGIBLE_LIMIT = 20_000;

    @Bean
    InspectableProjects inspectableProjects(TenderService tenders, PublicityRepository publicities) {
        return new InspectableProjects() {
            @Override
            public List<InspectedProject> concluded(String region, LocalDate from, LocalDate until) {
                var found = tenders.concluded(region, from, until, ELIGIBLE_LIMIT + 1);
                if (found.size() > ELIGIBLE_LIMIT) {
                    throw new BusinessRuleViolationException("INSPECTION_POOL_TOO_LARGE", "until",
                            "More than {0} projects are eligible: plan a shorter period or a smaller region",
                            ELIGIBLE_LIMIT);
                }
                return found.stream().map(p -> new InspectedProject(p.id().toString(), p.title(), p.region(),
                        p.tenderee(), p.agent(), p.lots().stream().map(l -> l.id().toString()).toList())).toList();
            }

            @Override
            public Set<String> winners(InspectedProject project) {
                Set<String> winners = new HashSet<>();
                project.lotIds().forEach(lot -> publicities.find(lot).map(Publicity::awardDecision)
                        .map(AwardDecision::bidder).ifPresent(winners::add));
                return winners;
            }
        };
    }

    @Bean
    InspectorService inspectorService(InspectorRepository inspectors, AuditTrail audit,
            TransactionTemplate transactions, Clock clock) {
        return new InspectorService(inspectors, audit, transactions, clock);
    }

    @Bean
    InspectionService inspectionService(InspectionRepository plans, InspectorRepository inspectors,
            InspectableProjects projects, Outbox outbox, AuditTrail audit, TransactionTemplate transactions,
            Clock clock) throws NoSuchAlgorithmException {
        return new InspectionService(plans, inspectors, projects, DrawRandom.seedSource("gov.trading.inspection-draw"),
                outbox, audit, transactions, clock);
    }
}
