package org.example.gov.trading.scoring;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.example.gov.platform.problem.BusinessRuleViolationException;

/**
 * A lot's evaluation method as the tenderee or its agent states it in the tender documents: the kind, what the lot buys,
 * the price weight and the criteria (all in points of 100), the SME price deduction and the abnormally-low threshold
 * (both in percent). Built only through {@link #of}, which checks every rule; a stored method is restored as is.
 *
 * @param priceWeight          percent of the total = the points the lowest valid evaluated price earns; 100 for the
 *                             lowest-evaluated-price method (the price is everything there)
 * @param smeDeduction         percent taken off an SME's price before the benchmark (价格扣除)
 * @param abnormallyLowPercent a price below this percent of the mean of the valid prices must be explained
 */
public record EvaluationMethod(MethodKind kind, Subject subject, BigDecimal priceWeight, List<Criterion> criteria,
        BigDecimal smeDeduction, BigDecimal abnormallyLowPercent) {

    static final BigDecimal HUNDRED = new BigDecimal("100");

    public EvaluationMethod {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    /**
     * The method, checked: 422 PRICE_WEIGHT_TOO_LOW (goods &lt; 30%, services &lt; 10%), WEIGHTS_NOT_100 (price weight
     * and criteria's maximum points must add up to exactly 100), CRITERION_INVALID, CRITERIA_NOT_SCORED (criteria under
     * lowest evaluated price), SME_DEDUCTION_OUT_OF_RANGE, ABNORMALLY_LOW_THRESHOLD_INVALID; {@code null} deduction and
     * threshold take the policy's defaults.
     */
    public static EvaluationMethod of(MethodKind kind, Subject subject, BigDecimal priceWeight, List<Criterion> criteria,
            BigDecimal smeDeduction, BigDecimal abnormallyLowPercent, ScoringPolicy policy) {
        if (kind == null || subject == null) {
            throw new BusinessRuleViolationException("METHOD_INCOMPLETE", kind == null ? "kind" : "subject",
                    "An evaluation method states its kind and what the lot buys (GOODS, SERVICES, WORKS)");
        }
        List<Criterion> list = criteria == null ? List.of() : criteria;
        BigDecimal deduction = smeDeduction == null ? policy.smeDeductionDefault() : smeDeduction;
        if (deduction.compareTo(policy.smeDeductionMin()) < 0 || deduction.compareTo(policy.smeDeductionMax()) > 0
                || deduction.scale() > 2) {
            throw new BusinessRuleViolationException("SME_DEDUCTION_OUT_OF_RANGE", "smeDeduction",
                    "The price deduction for small and micro enterprises is " + policy.smeDeductionMin() + "% to "
                            + policy.smeDeductionMax() + "%, not " + deduction.toPlainString() + "%",
                    policy.smeDeductionMin(), policy.smeDeductionMax(), deduction.toPlainString());
        }
        BigDecimal threshold = abnormallyLowPercent == null ? policy.abnormallyLowPercentDefault() : abnormallyLowPercent;
        if (threshold.signum() <= 0 || threshold.compareTo(HUNDRED) >= 0 || threshold.scale() > 2) {
            throw new BusinessRuleViolationException("ABNORMALLY_LOW_THRESHOLD_INVALID", "abnormallyLowPercent",
                    "The abnormally-low threshold is a percentage above 0 and below 100, not " + threshold.toPlainString(),
                    threshold.toPlainString());
        }
        if (kind == MethodKind.LOWEST_EVALUATED_PRICE) {
            if (!list.isEmpty()) {
                throw new BusinessRuleViolationException("CRITERIA_NOT_SCORED", "criteria",
                        "Under the lowest evaluated price method nothing is scored: its requirements are pass/fail");
            }
            return new EvaluationMethod(kind, subject, HUNDRED, List.of(), deduction, threshold);
        }
        if (priceWeight == null || priceWeight.scale() > 2 || priceWeight.compareTo(subject.minPriceWeight()) < 0) {
            String given = priceWeight == null ? "none" : priceWeight.toPlainString();
            throw new BusinessRuleViolationException("PRICE_WEIGHT_TOO_LOW", "priceWeight",
                    "The price weight of a " + subject + " lot is at least " + subject.minPriceWeight().toPlainString()
                            + "% (87号令 第55条), not " + given, subject.minPriceWeight().toPlainString(), subject, given);
        }
        Set<String> codes = new HashSet<>();
        BigDecimal sum = priceWeight;
        for (Criterion c : list) {
            if (c == null || c.code() == null || !c.code().matches("[A-Za-z0-9_-]{1,20}") || !codes.add(c.code())
                    || c.kind() == null || c.maxPoints() == null || c.maxPoints().signum() <= 0
                    || c.maxPoints().scale() > 2) {
                throw new BusinessRuleViolationException("CRITERION_INVALID", "criteria",
                        "Each criterion has a unique code (letters, digits, - and _), a kind and maximum points above 0"
                                + " with at most 2 decimals: " + (c == null ? null : c.code()),
                        c == null ? null : c.code());
            }
            sum = sum.add(c.maxPoints());
        }
        if (sum.compareTo(HUNDRED) != 0) {
            throw new BusinessRuleViolationException("WEIGHTS_NOT_100", "criteria",
                    "The price weight and the criteria's points add up to " + sum.toPlainString() + ", not 100",
                    sum.toPlainString());
        }
        return new EvaluationMethod(kind, subject, priceWeight, list, deduction, threshold);
    }

    public boolean scored() {
        return kind == MethodKind.COMPREHENSIVE_SCORING;
    }

    public java.util.Optional<Criterion> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
