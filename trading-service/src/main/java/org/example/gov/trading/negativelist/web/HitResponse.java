package org.example.gov.trading.negativelist.web;

import org.example.gov.trading.negativelist.NegativeListHit;

/** One hit as the editor shows it. */
public record HitResponse(String ruleId, String category, String legalBasis, String advice, String excerpt, int offset) {

    static HitResponse of(NegativeListHit h) {
        return new HitResponse(h.ruleId(), h.category(), h.legalBasis(), h.advice(), h.excerpt(), h.offset());
    }
}
