package org.example.gov.trading.tender;

import java.time.Duration;
import java.time.Instant;

/**
 * What the opening capability needs to know of a lot: its stage, its bid deadline (UTC), the decryption window,
 * whether an opening may start now ({@code openingBlocked}: suspended, or an objection that pauses the procedure is
 * unanswered) and whether the project is suspended.
 */
public record LotFacts(LotId lotId, ProjectId projectId, LotStatus status, Instant bidDeadline,
        Duration decryptionWindow, boolean openingBlocked, boolean suspended) {
}
