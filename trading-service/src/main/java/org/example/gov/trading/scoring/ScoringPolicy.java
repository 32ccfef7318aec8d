package org.example.gov.trading.scoring;

import java.math.BigDecimal;

/**
 * The region's defaults and limits for a lot's method (DOMAIN.md: configurable, sensible default): the price deduction
 * small and micro enterprises get (政府采购促进中小企业发展管理办法: 10%–20% for goods and services, default 10%) and
 * the threshold under which a price is abnormally low (below this percentage of the mean of the valid bids' prices).
 */
public record ScoringPolicy(BigDecimal smeDeductionDefault, BigDecimal smeDeductionMin, BigDecimal smeDeductionMax,
        BigDecimal abnormallyLowPercentDefault) {

    public static final ScoringPolicy DEFAULT = new ScoringPolicy(new BigDecimal("10"), new BigDecimal("10"),
            new BigDecimal("20"), new BigDecimal("80"));

    public ScoringPolicy {
        if (smeDeductionMin.compareTo(smeDeductionMax) > 0 || smeDeductionDefault.compareTo(smeDeductionMin) < 0
                || smeDeductionDefault.compareTo(smeDeductionMax) > 0) {
            throw new IllegalArgumentException("the SME deduction default lies within its limits");
        }
        if (abnormallyLowPercentDefault.signum() <= 0 || abnormallyLowPercentDefault.compareTo(EvaluationMethod.HUNDRED) >= 0) {
            throw new IllegalArgumentException("the abnormally-low threshold is a percentage between 0 and 100");
        }
    }
}
