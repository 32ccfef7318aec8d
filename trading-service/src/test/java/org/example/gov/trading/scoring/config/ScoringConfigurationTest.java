package org.example.gov.trading.scoring.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.example.gov.trading.scoring.ScoringPolicy;
import org.junit.jupiter.api.Test;

/** An operator's values replace the defaults one by one; a default outside its own limits refuses to start. */
class ScoringConfigurationTest {

    @Test
    void nothingConfiguredIsTheDefault() {
        assertThat(new ScoringConfiguration().scoringPolicy(new ScoringProperties(null, null, null, null)))
                .isEqualTo(ScoringPolicy.DEFAULT);
    }

    @Test
    void aConfiguredValueReplacesOnlyItself() {
        ScoringPolicy p = new ScoringConfiguration().scoringPolicy(new ScoringProperties(new BigDecimal("15"), null,
                null, new BigDecimal("70")));
        assertThat(p.smeDeductionDefault()).isEqualByComparingTo("15");
        assertThat(p.smeDeductionMin()).isEqualByComparingTo("10");
        assertThat(p.smeDeductionMax()).isEqualByComparingTo("20");
        assertThat(p.abnormallyLowPercentDefault()).isEqualByComparingTo("70");
    }

    @Test
    void aDefaultOutsideItsLimitsIsRefused() {
        assertThatThrownBy(() -> new ScoringConfiguration().scoringPolicy(new ScoringProperties(new BigDecimal("25"),
                null, null, null))).isInstanceOf(IllegalArgumentException.class);
    }
}
