package org.example.gov.trading.inspection;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A member of the region's inspector list (执法检查人员名录) that 双随机 draws from: the login account of a supervisor or
 * trading-centre officer, the department they inspect for (public with the results), and what ties them to
 * organisations — the organisation their own department acts as on the platform (when it tenders, e.g.
 * 深圳市教育局 as a tenderee) and the organisations they declared ties to (a former employer, a relative's company).
 * {@link #recusal} is the rule that keeps them off a project (国发〔2015〕58号: 与检查对象有利害关系的应当回避).
 *
 * @param active false once removed from the list: never drawn again, still named by the draws that drew them
 */
public record Inspector(UUID id, String account, String department, String region, String organisation,
        Set<String> ties, boolean active, String addedBy, Instant addedAt) {

    public Inspector {
        ties = Set.copyOf(ties);
    }

    /**
     * Why this inspector may not inspect a project with these parties (tenderee, agent, awarded bidders), or empty:
     * their own account is a party; their department's organisation is a party; they declared a tie to a party.
     */
    public Optional<RecusalReason> recusal(Set<String> parties) {
        if (parties.contains(account)) {
            return Optional.of(RecusalReason.ACCOUNT_IS_PARTY);
        }
        if (organisation != null && parties.contains(organisation)) {
            return Optional.of(RecusalReason.OWN_ORGANISATION_IS_PARTY);
        }
        if (ties.stream().anyMatch(parties::contains)) {
            return Optional.of(RecusalReason.DECLARED_TIE_TO_PARTY);
        }
        return Optional.empty();
    }

    public Inspector removed() {
        return new Inspector(id, account, department, region, organisation, ties, false, addedBy, addedAt);
    }
}
