package org.example.gov.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class LocalPlatformTest {

    @Test
    void theLocalRunKeepsTheGatewaysDefaultQuotas() {
        assertThat(LocalPlatform.gatewayLimits(null)).isEmpty();
        assertThat(LocalPlatform.gatewayLimits("default")).isEmpty();
    }

    @Test
    void benchRaisesEveryQuotaOfTheGateway() {
        assertThat(LocalPlatform.gatewayLimits("bench"))
                .containsEntry("RATE_LIMIT_USER_REQUESTS", "1000000")
                .containsEntry("RATE_LIMIT_USER_BURST", "1000000")
                .containsEntry("RATE_LIMIT_PARTNER_BURST", "1000000")
                .containsEntry("RATE_LIMIT_ADDRESS_REQUESTS", "1000000")
                .containsEntry("RATE_LIMIT_ADDRESS_BURST", "1000000")
                .containsEntry("RATE_LIMIT_OPEN311_BURST", "1000000");
    }

    @Test
    void anUnknownModeIsRefusedRatherThanIgnored() {
        assertThatIllegalArgumentException().isThrownBy(() -> LocalPlatform.gatewayLimits("off"));
    }
}
