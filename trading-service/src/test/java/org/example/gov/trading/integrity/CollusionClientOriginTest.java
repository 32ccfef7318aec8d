package org.example.gov.trading.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import org.example.gov.trading.bid.ClientOrigin;
import org.example.gov.trading.client.MachineFingerprint;
import org.junit.jupiter.api.Test;

/** Where a request came from, as the collusion evidence keeps it: only values of the expected shape. */
class CollusionClientOriginTest {

    @Test
    void theFirstForwardedAddressElseThePeer() {
        assertThat(ClientOrigin.of("203.0.113.7, 10.0.0.2", "10.0.0.9", null).address()).isEqualTo("203.0.113.7");
        assertThat(ClientOrigin.of(null, "10.0.0.9", null).address()).isEqualTo("10.0.0.9");
        assertThat(ClientOrigin.of(" ", "2001:DB8::1", null).address()).isEqualTo("2001:db8::1");
    }

    @Test
    void aValueOfAnotherShapeIsDroppedNotStored() {
        assertThat(ClientOrigin.of("<script>", null, "x\r\ny").address()).isNull();
        assertThat(ClientOrigin.of(null, null, "x\r\nInjected: 1").fingerprint()).isNull();
        assertThat(ClientOrigin.of(null, null, "short").fingerprint()).isNull();
        String local = MachineFingerprint.local();
        assertThat(ClientOrigin.of(null, null, local).fingerprint()).isEqualTo(local);
        assertThat(MachineFingerprint.local()).as("stable on one machine").isEqualTo(local);
    }
}
