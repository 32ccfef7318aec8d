package org.example.gov.trading.tender;

import java.time.Instant;

/** A project suspended (暂停) by the trading centre or the supervising department, and why. */
public record Suspension(String reason, String by, Instant at) {
}
