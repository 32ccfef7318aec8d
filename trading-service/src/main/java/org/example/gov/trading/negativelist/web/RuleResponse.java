package org.example.gov.trading.negativelist.web;

import org.example.gov.trading.negativelist.NegativeListRule;

/** A rule of the negative list with its legal basis. */
public record RuleResponse(String id, String category, String pattern, String legalBasis, String advice) {

    static RuleResponse of(NegativeListRule r) {
        return new RuleResponse(r.id(), r.category(), r.pattern(), r.legalBasis(), r.advice());
    }
}
