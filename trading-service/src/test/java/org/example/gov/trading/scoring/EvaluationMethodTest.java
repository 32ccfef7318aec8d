package org.example.gov.trading.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.example.gov.platform.problem.PlatformException;
import org.junit.jupiter.api.Test;

/** The rules a lot's evaluation method must follow when the tenderee or its agent states it. */
class EvaluationMethodTest {

    static EvaluationMethod comprehensive(Subject subject, String priceWeight, String... criteriaPoints) {
        List<Criterion> criteria = new java.util.ArrayList<>();
        for (int i = 0; i < criteriaPoints.length; i++) {
            criteria.add(new Criterion("T" + (i + 1), "因素" + (i + 1), Criterion.Kind.TECHNICAL,
                    new BigDecimal(criteriaPoints[i])));
        }
        return EvaluationMethod.of(MethodKind.COMPREHENSIVE_SCORING, subject, new BigDecimal(priceWeight), criteria, null,
                null, ScoringPolicy.DEFAULT);
    }

    static void assertRefused(Runnable r, int status, String code) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(PlatformException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.code()).isEqualTo(code);
        });
    }

    @Test
    void aPriceWeightOf29PercentForGoodsIsRefused() {
        assertRefused(() -> comprehensive(Subject.GOODS, "29", "71"), 422, "PRICE_WEIGHT_TOO_LOW");
        assertThat(comprehensive(Subject.GOODS, "30", "70").priceWeight()).isEqualByComparingTo("30");
    }

    @Test
    void servicesNeedAtLeast10Percent() {
        assertRefused(() -> comprehensive(Subject.SERVICES, "9.99", "90.01"), 422, "PRICE_WEIGHT_TOO_LOW");
        assertThat(comprehensive(Subject.SERVICES, "10", "60", "30").criteria()).hasSize(2);
    }

    @Test
    void weightsAddUpToExactly100() {
        assertRefused(() -> comprehensive(Subject.GOODS, "30", "40", "29"), 422, "WEIGHTS_NOT_100");
        assertRefused(() -> comprehensive(Subject.GOODS, "30", "40", "31"), 422, "WEIGHTS_NOT_100");
    }

    @Test
    void criteriaHaveUniqueCodesAndPositivePoints() {
        assertRefused(() -> EvaluationMethod.of(MethodKind.COMPREHENSIVE_SCORING, Subject.GOODS, new BigDecimal("30"),
                List.of(new Criterion("T1", "a", Criterion.Kind.TECHNICAL, new BigDecimal("35")),
                        new Criterion("T1", "b", Criterion.Kind.COMMERCIAL, new BigDecimal("35"))),
                null, null, ScoringPolicy.DEFAULT), 422, "CRITERION_INVALID");
        assertRefused(() -> comprehensive(Subject.GOODS, "100", "0"), 422, "CRITERION_INVALID");
    }

    @Test
    void theSmeDeductionDefaultsTo10AndStaysWithin10To20() {
        assertThat(comprehensive(Subject.GOODS, "30", "70").smeDeduction()).isEqualByComparingTo("10");
        for (String refused : List.of("9", "20.01", "0")) {
            assertRefused(() -> EvaluationMethod.of(MethodKind.LOWEST_EVALUATED_PRICE, Subject.GOODS, null, List.of(),
                    new BigDecimal(refused), null, ScoringPolicy.DEFAULT), 422, "SME_DEDUCTION_OUT_OF_RANGE");
        }
        assertThat(EvaluationMethod.of(MethodKind.LOWEST_EVALUATED_PRICE, Subject.GOODS, null, List.of(),
                new BigDecimal("20"), null, ScoringPolicy.DEFAULT).smeDeduction()).isEqualByComparingTo("20");
    }

    @Test
    void aRegionsPolicyChangesTheDefaults() {
        ScoringPolicy policy = new ScoringPolicy(new BigDecimal("15"), new BigDecimal("10"), new BigDecimal("20"),
                new BigDecimal("70"));
        EvaluationMethod m = EvaluationMethod.of(MethodKind.LOWEST_EVALUATED_PRICE, Subject.SERVICES, null, List.of(),
                null, null, policy);
        assertThat(m.smeDeduction()).isEqualByComparingTo("15");
        assertThat(m.abnormallyLowPercent()).isEqualByComparingTo("70");
    }

    @Test
    void theLowestEvaluatedPriceMethodScoresNothing() {
        assertRefused(() -> EvaluationMethod.of(MethodKind.LOWEST_EVALUATED_PRICE, Subject.GOODS, null,
                List.of(new Criterion("T1", "a", Criterion.Kind.TECHNICAL, new BigDecimal("70"))), null, null,
                ScoringPolicy.DEFAULT), 422, "CRITERIA_NOT_SCORED");
        assertThat(EvaluationMethod.of(MethodKind.LOWEST_EVALUATED_PRICE, Subject.GOODS, null, null, null, null,
                ScoringPolicy.DEFAULT).priceWeight()).isEqualByComparingTo("100");
    }

    @Test
    void theAbnormallyLowThresholdIsAPercentageBelow100() {
        assertRefused(() -> EvaluationMethod.of(MethodKind.LOWEST_EVALUATED_PRICE, Subject.GOODS, null, List.of(), null,
                new BigDecimal("100"), ScoringPolicy.DEFAULT), 422, "ABNORMALLY_LOW_THRESHOLD_INVALID");
    }
}
