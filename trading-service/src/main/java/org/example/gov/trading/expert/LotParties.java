package org.example.gov.trading.expert;

import java.util.Set;

import org.example.gov.platform.scope.Department;

/**
 * Who an expert drawn for a lot must have no tie to: the tenderee (organisation id), the bidders whose bids were opened
 * (organisation ids, from {@link LotBidders}) and the departments supervising the project.
 */
public record LotParties(String tenderee, Set<String> bidders, Set<Department> supervisingDepartments) {

    public LotParties {
        if (tenderee == null || tenderee.isBlank()) {
            throw new IllegalArgumentException("a lot has a tenderee");
        }
        bidders = Set.copyOf(bidders);
        supervisingDepartments = Set.copyOf(supervisingDepartments);
    }

    /** The organisations an expert may not work for, own shares in or be related to the principal of. */
    boolean isParty(String organisation) {
        return organisation != null && (tenderee.equals(organisation) || bidders.contains(organisation));
    }
}
