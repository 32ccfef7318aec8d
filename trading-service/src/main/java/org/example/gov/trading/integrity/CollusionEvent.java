package org.example.gov.trading.integrity;

import java.time.Instant;
import java.util.List;

/**
 * gov.trading.collusion-flagged.v1 on the trading topic, keyed by project id: a lot's analysis found warnings that
 * differ from the last ones published. It names the signal kinds and the bids and bidders (subject ids, which the
 * published opening record already names) — never the evidence: no address, fingerprint, hash, author or account.
 */
public record CollusionEvent(String projectId, String lotId, String trigger, List<Flag> flags, Instant flaggedAt) {

    public static final String TYPE = "gov.trading.collusion-flagged.v1";

    public CollusionEvent {
        flags = List.copyOf(flags);
    }

    public record Flag(String kind, List<String> bidIds, List<String> bidders) {
    }

    public static CollusionEvent of(String projectId, CollusionAnalysis analysis, String trigger) {
        return new CollusionEvent(projectId, analysis.lotId(), trigger, analysis.warnings().stream()
                .map(w -> new Flag(w.kind().name(), w.bidIds(), w.bidders())).toList(), analysis.analysedAt());
    }

    public String type() {
        return TYPE;
    }
}
