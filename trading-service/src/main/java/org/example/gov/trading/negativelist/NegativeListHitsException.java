package org.example.gov.trading.negativelist;

import java.util.List;

import org.example.gov.platform.problem.BusinessRuleViolationException;

/** 422 NEGATIVE_LIST_HITS at announcement: the problem lists every hit (rule, category, legal basis, excerpt). */
public class NegativeListHitsException extends BusinessRuleViolationException {

    public NegativeListHitsException(List<NegativeListHit> hits) {
        super("NEGATIVE_LIST_HITS", "document",
                "The tender documents contain {0} clause(s) the negative list forbids (first: {1}, {2}): change them, "
                        + "or have a reviewer of the trading centre override with a reason",
                hits.size(), hits.getFirst().category(), hits.getFirst().legalBasis());
        property("hits", hits);
    }
}
