package org.example.gov.trading.guarantee;

import java.time.Instant;

/**
 * A recorded claim (理赔): its legal ground, the staff's reason, the fact it rests on (e.g. the withdrawal's time and
 * receipt, or the refusal letter's reference), who recorded it and when.
 */
public record Claim(ClaimGround ground, String reason, String fact, String recordedBy, Instant at) {
}
