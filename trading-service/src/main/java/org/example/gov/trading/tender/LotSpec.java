package org.example.gov.trading.tender;

import java.time.Duration;

/** What a tenderee states of a lot when drafting; {@code decryptionWindow} null → the policy's default. */
public record LotSpec(String name, Money amount, Money deposit, int bidValidityDays, Duration decryptionWindow) {
}
