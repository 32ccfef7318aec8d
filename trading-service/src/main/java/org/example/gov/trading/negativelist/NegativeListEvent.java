package org.example.gov.trading.negativelist;

import java.time.Instant;
import java.util.List;

/** What the negative list publishes on gov.trading.events (contracts/events/trading). */
public sealed interface NegativeListEvent {

    String TOPIC = "gov.trading.events";

    String type();

    String projectId();

    /** A drafted text has clauses the negative list forbids: the supervisors' view of discriminatory drafting. */
    record NegativeListHitFound(String projectId, List<String> ruleIds, List<String> categories, int hits,
            Instant scannedAt) implements NegativeListEvent {
        public String type() {
            return "gov.trading.negative-list-hit.v1";
        }
    }
}
