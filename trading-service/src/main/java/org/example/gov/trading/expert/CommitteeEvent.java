package org.example.gov.trading.expert;

import java.time.Instant;

/**
 * The committee's events, on the trading topic keyed by project id. They name no expert: before the result the
 * committee's members are secret (DOMAIN.md §7), so an event carries counts, the draw id and the pool hash.
 */
public sealed interface CommitteeEvent {

    String type();

    String projectId();

    /** gov.trading.committee-drawn.v1 */
    record CommitteeDrawn(String projectId, String lotId, String drawId, int members, int experts,
            int tendereeRepresentatives, int poolSize, int eligible, String poolHash, Instant drawnAt)
            implements CommitteeEvent {
        @Override
        public String type() {
            return "gov.trading.committee-drawn.v1";
        }
    }

    /** gov.trading.expert-replaced.v1 */
    record ExpertReplaced(String projectId, String lotId, int seat, String reason, String drawId, int poolSize,
            int eligible, String poolHash, boolean scoresVoid, Instant replacedAt) implements CommitteeEvent {
        @Override
        public String type() {
            return "gov.trading.expert-replaced.v1";
        }
    }
}
