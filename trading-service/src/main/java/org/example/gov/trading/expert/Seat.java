package org.example.gov.trading.expert;

import java.time.Instant;
import java.util.UUID;

/**
 * One expert's tenure of a committee seat: drawn by {@code drawId} at {@code seatedAt}, vacated (replaced) at
 * {@code vacatedAt} with a reason, or still seated. A seat's history is its tenures in order; the scores of a vacated
 * tenure are void.
 */
public record Seat(int number, ExpertId expert, UUID drawId, Instant seatedAt, Instant vacatedAt,
        ReplacementReason vacatedBecause, String note) {

    public boolean active() {
        return vacatedAt == null;
    }

    /** A replaced expert's scores do not count (实施条例 第48条). */
    public boolean scoresVoid() {
        return vacatedAt != null;
    }

    Seat vacate(ReplacementReason reason, String why, Instant at) {
        return new Seat(number, expert, drawId, seatedAt, at, reason, why);
    }
}
