package org.example.gov.trading.scoring.config;

import java.math.BigDecimal;

/**
 * platform.trading.scoring: the SME price deduction's default and limits and the abnormally-low threshold, in percent;
 * what is left out keeps {@code ScoringPolicy.DEFAULT} (10%, 10–20%, 80%).
 */
@org.springframework.boot.context.properties.ConfigurationProperties("platform.trading.scoring")
public record ScoringProperties(BigDecimal smeDeductionDefault, BigDecimal smeDeductionMin,
        BigDecimal smeDeductionMax, BigDecimal abnormallyLowPercent) {
}
