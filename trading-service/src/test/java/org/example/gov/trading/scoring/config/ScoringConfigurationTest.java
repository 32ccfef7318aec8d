package org.example.gov.trading.scoring.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;

import org.example.gov.trading.scoring.ScoringPolicies;
import org.example.gov.trading.scoring.ScoringPolicy;
import org.junit.jupiter.api.Test;

/** An operator's values replace the defaults one by one; a default outside its own limits refuses to start. */
class ScoringConfigurationTest {

    @Test
    void nothingConfiguredIsTheDefault() {
        assertThat(new ScoringConfiguration().scoringPolicy(new ScoringProperties(null, null, null, null, null)))
                .isEqualTo(ScoringPolicy.DEFAULT);
    }

    @Test
    void aConfiguredValueReplacesOnlyItself() {
        ScoringPolicy p = new ScoringConfiguration().scoringPolicy(new ScoringProperties(new BigDecimal("15"), null,
                null, new BigDecimal("70"), null));
        assertThat(p.smeDeductionDefault()).isEqualByComparingTo("15");
        assertThat(p.smeDeductionMin()).isEqualByComparingTo("10");
        assertThat(p.smeDeductionMax()).isEqualByComparingTo("20");
        assertThat(p.abnormallyLowPercentDefault()).isEqualByComparingTo("70");
    }

    @Test
    void aRegionsValuesApplyToItAndTheRegionsBelowTheRestKeepTheDeployments() {
        ScoringPolicies policies = new ScoringConfiguration().scoringPolicies(new ScoringProperties(null, null, null,
                new BigDecimal("75"), Map.of("440300", new ScoringProperties.Region(new BigDecimal("20"), null, null,
                        null))));
        assertThat(policies.forRegion("440304").smeDeductionDefault()).isEqualByComparingTo("20");
        assertThat(policies.forRegion("440304").abnormallyLowPercentDefault()).isEqualByComparingTo("75");
        assertThat(policies.forRegion("440300").smeDeductionDefault()).isEqualByComparingTo("20");
        assertThat(policies.forRegion("440100").smeDeductionDefault()).isEqualByComparingTo("10");
        assertThat(policies.forRegion("440000").smeDeductionDefault()).isEqualByComparingTo("10");
        assertThatThrownBy(() -> new ScoringConfiguration().scoringPolicies(new ScoringProperties(null, null, null,
                null, Map.of("4403", new ScoringProperties.Region(null, null, null, null)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDefaultOutsideItsLimitsIsRefused() {
        assertThatThrownBy(() -> new ScoringConfiguration().scoringPolicy(new ScoringProperties(new BigDecimal("25"),
                null, null, null, null))).isInstanceOf(IllegalArgumentException.class);
    }
}
