package org.example.gov.trading.integrity.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;

import org.example.gov.trading.integrity.CollusionThresholds;
import org.junit.jupiter.api.Test;

/** An operator's thresholds replace the defaults one by one; what is left out keeps the default. */
class CollusionConfigurationTest {

    @Test
    void nothingConfiguredIsTheDefault() {
        assertThat(new IntegrityConfiguration().collusionRules(new IntegrityProperties(null, null, null, null, null))
                .thresholds()).isEqualTo(CollusionThresholds.DEFAULT);
    }

    @Test
    void aConfiguredThresholdReplacesOnlyItself() {
        CollusionThresholds t = new IntegrityConfiguration().collusionRules(new IntegrityProperties(4,
                new BigDecimal("5.00"), null, Set.of(" 203.0.113.1 "), null)).thresholds();
        assertThat(t.minPriceSequence()).isEqualTo(4);
        assertThat(t.stepTolerance()).isEqualByComparingTo("5.00");
        assertThat(t.ratioTolerance()).isEqualByComparingTo(CollusionThresholds.DEFAULT.ratioTolerance());
        assertThat(t.ignoredAddresses()).containsExactly("203.0.113.1");
        assertThat(t.ignoredAuthors()).isEqualTo(CollusionThresholds.DEFAULT.ignoredAuthors());
    }
}
