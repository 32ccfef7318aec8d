package org.example.gov.trading.scoring.web;

import java.math.BigDecimal;
import java.util.List;

import org.example.gov.trading.scoring.EvaluationMethod;

/** A lot's evaluation method as the documents state it. */
public record MethodResponse(String kind, String subject, BigDecimal priceWeight, List<CriterionResponse> criteria,
        BigDecimal smeDeduction, BigDecimal abnormallyLowPercent) {

    public record CriterionResponse(String code, String name, String kind, BigDecimal maxPoints) {
    }

    static MethodResponse of(EvaluationMethod m) {
        return new MethodResponse(m.kind().name(), m.subject().name(), m.priceWeight(), m.criteria().stream()
                .map(c -> new CriterionResponse(c.code(), c.name(), c.kind().name(), c.maxPoints())).toList(),
                m.smeDeduction(), m.abnormallyLowPercent());
    }
}
