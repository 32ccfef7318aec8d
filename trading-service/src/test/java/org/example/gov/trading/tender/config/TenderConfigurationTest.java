package org.example.gov.trading.tender.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;

import org.example.gov.trading.tender.PeriodRules;
import org.example.gov.trading.tender.TenderPolicy;
import org.junit.jupiter.api.Test;

/** An operator's values replace the law's defaults one by one; what is left out keeps the law's value. */
class TenderConfigurationTest {

    @Test
    void aConfiguredPeriodReplacesOnlyItselfAndTheRestKeepsTheLaw() {
        TenderProperties properties = new TenderProperties(
                new TenderProperties.Periods(25, null, null, null, 12, null, null), null, new BigDecimal("0.015"),
                Duration.ofMinutes(60), null);
        TenderPolicy policy = new TenderConfiguration().tenderPolicy(properties);
        assertThat(policy.construction().minDaysToDeadline()).isEqualTo(25);
        assertThat(policy.construction().objectionMinDaysBeforeDeadline()).isEqualTo(12);
        assertThat(policy.construction().minDocumentDays()).isEqualTo(5);
        assertThat(policy.construction().objectionPausesProcedure()).isTrue();
        assertThat(policy.procurement()).isEqualTo(PeriodRules.GOVERNMENT_PROCUREMENT);
        assertThat(policy.maxDepositRate()).isEqualByComparingTo("0.015");
        assertThat(policy.defaultDecryptionWindow()).isEqualTo(Duration.ofMinutes(60));
        assertThat(policy.minBidsToOpen()).isEqualTo(3);
    }

    @Test
    void nothingConfiguredIsTheLaw() {
        assertThat(new TenderConfiguration().tenderPolicy(new TenderProperties(null, null, null, null, null)))
                .isEqualTo(TenderPolicy.DEFAULT);
    }
}
