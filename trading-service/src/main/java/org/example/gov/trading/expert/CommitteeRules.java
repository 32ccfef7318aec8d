package org.example.gov.trading.expert;

import java.math.BigDecimal;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.trading.tender.Track;

/**
 * The size of an evaluation committee (评标委员会 / 评审委员会): at least {@code minMembers} and odd, experts at least
 * two thirds of the members, the tenderee's representatives the rest (招标投标法 第37条; 87号令 第47条); in government
 * procurement at least {@code minMembersLargeProcurement} when the lot's budget is at least
 * {@code largeProcurementBudget} yuan (87号令 第47条: 采购预算金额在1000万元以上 … 7人以上单数).
 */
public record CommitteeRules(int minMembers, int minMembersLargeProcurement, BigDecimal largeProcurementBudget) {

    public static final CommitteeRules DEFAULT = new CommitteeRules(5, 7, new BigDecimal("10000000"));

    /** Refuses (422, naming the rule) a composition the law does not allow for this track and budget. */
    public void check(int members, int tendereeRepresentatives, Track track, BigDecimal budget) {
        if (members < minMembers || members % 2 == 0) {
            throw new BusinessRuleViolationException("COMMITTEE_SIZE_INVALID", "members",
                    "A committee has " + minMembers + " or more members, an odd number (招标投标法 第37条 / 87号令 第47条)",
                    minMembers, members);
        }
        if (tendereeRepresentatives < 0 || 3L * (members - tendereeRepresentatives) < 2L * members) {
            throw new BusinessRuleViolationException("COMMITTEE_EXPERT_SHARE_TOO_LOW", "tendereeRepresentatives",
                    "Experts are at least two thirds of the members: at most " + members / 3
                            + " representatives of the tenderee (招标投标法 第37条 / 87号令 第47条)",
                    members / 3, tendereeRepresentatives);
        }
        if (track == Track.GOVERNMENT_PROCUREMENT && budget.compareTo(largeProcurementBudget) >= 0
                && members < minMembersLargeProcurement) {
            throw new BusinessRuleViolationException("COMMITTEE_TOO_SMALL_FOR_BUDGET", "members",
                    "A procurement budget of " + largeProcurementBudget.toPlainString() + " yuan or more needs "
                            + minMembersLargeProcurement + " or more members (87号令 第47条)",
                    minMembersLargeProcurement, largeProcurementBudget.toPlainString(), members);
        }
    }
}
