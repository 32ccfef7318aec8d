package org.example.gov.trading.integrity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A lot's collusion analysis: when and by whom it ran (the platform after the opening record, or a member of staff
 * recomputing it), how many bids it looked at, and its warnings. The latest replaces the earlier one; the audit trail
 * keeps every run.
 */
public record CollusionAnalysis(String lotId, Instant analysedAt, String analysedBy, int bidsAnalysed,
        List<CollusionWarning> warnings) {

    public CollusionAnalysis {
        warnings = List.copyOf(warnings);
    }

    /** Whether this analysis says something the previous one did not (another set of kinds and bids), so is news. */
    public boolean changesOn(CollusionAnalysis previous) {
        return previous == null ? !warnings.isEmpty() : !Objects.equals(signature(), previous.signature());
    }

    private List<String> signature() {
        return warnings.stream().map(w -> w.kind() + ":" + w.bidIds()).sorted().toList();
    }
}
