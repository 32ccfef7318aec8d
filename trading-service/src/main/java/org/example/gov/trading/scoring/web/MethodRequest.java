package org.example.gov.trading.scoring.web;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.example.gov.trading.scoring.Criterion;
import org.example.gov.trading.scoring.EvaluationService;
import org.example.gov.trading.scoring.MethodKind;
import org.example.gov.trading.scoring.Subject;

/**
 * A lot's evaluation method, in percent of 100 points: the price weight and the criteria's maximum points must add up
 * to 100 (comprehensive scoring); the lowest-evaluated-price method takes no weight and no criteria. Left out,
 * {@code smeDeduction} (10–20) and {@code abnormallyLowPercent} take the region's defaults (10, 80).
 */
public record MethodRequest(@NotNull MethodKind kind, @NotNull Subject subject,
        @DecimalMin("0") @DecimalMax("100") BigDecimal priceWeight, @Valid @Size(max = 30) List<CriterionRequest> criteria,
        @DecimalMin("0") @DecimalMax("100") BigDecimal smeDeduction,
        @DecimalMin("0") @DecimalMax("100") BigDecimal abnormallyLowPercent) {

    public record CriterionRequest(@NotBlank @Size(max = 20) String code, @NotBlank @Size(max = 200) String name,
            @NotNull Criterion.Kind kind, @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal maxPoints) {
    }

    EvaluationService.MethodSpec spec() {
        return new EvaluationService.MethodSpec(kind, subject, priceWeight, criteria == null ? List.of()
                : criteria.stream().map(c -> new Criterion(c.code(), c.name(), c.kind(), c.maxPoints())).toList(),
                smeDeduction, abnormallyLowPercent);
    }
}
