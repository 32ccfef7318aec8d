package org.example.gov.trading.scoring.config;

import java.math.BigDecimal;
import java.util.Map;

/**
 * platform.trading.scoring: the SME price deduction's default and limits and the abnormally-low threshold, in percent;
 * what is left out keeps {@code ScoringPolicy.DEFAULT} (10%, 10–20%, 80%). {@code regions.<GB/T 2260 code>.*} gives a
 * region (and the regions below it) its own values, each left out taken from the deployment's.
 */
@org.springframework.boot.context.properties.ConfigurationProperties("platform.trading.scoring")
public record ScoringProperties(BigDecimal smeDeductionDefault, BigDecimal smeDeductionMin,
        BigDecimal smeDeductionMax, BigDecimal abnormallyLowPercent, Map<String, Region> regions) {

    public record Region(BigDecimal smeDeductionDefault, BigDecimal smeDeductionMin, BigDecimal smeDeductionMax,
            BigDecimal abnormallyLowPercent) {
    }
}
