package org.example.gov.trading.expert.config;

import java.math.BigDecimal;
import java.util.List;

/**
 * platform.trading.expert: the committee's size rules and the supervising departments per track; what is left out keeps
 * the default ({@code CommitteeRules.DEFAULT}, {@code SupervisingDepartments.DEFAULT}).
 */
@org.springframework.boot.context.properties.ConfigurationProperties("platform.trading.expert")
public record ExpertProperties(Integer minMembers, Integer minMembersLargeProcurement,
        BigDecimal largeProcurementBudget, List<String> constructionSupervisors, List<String> procurementSupervisors) {
}
