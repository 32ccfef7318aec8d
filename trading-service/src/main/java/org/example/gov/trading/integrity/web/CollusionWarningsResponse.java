package org.example.gov.trading.integrity.web;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.example.gov.trading.integrity.CollusionAnalysis;

/**
 * A lot's collusion warnings as staff and supervisors read them: each with its kind, the bids (and bidders) it links
 * and its evidence. Evidence, not a verdict: no score or bid status follows from it.
 */
public record CollusionWarningsResponse(String lotId, Instant analysedAt, String analysedBy, int bidsAnalysed,
        List<Warning> warnings) {

    public record Warning(String kind, List<BidLine> bids, String evidence) {
    }

    public record BidLine(String bidId, String bidder) {
    }

    public static CollusionWarningsResponse of(CollusionAnalysis a) {
        return new CollusionWarningsResponse(a.lotId(), a.analysedAt(), a.analysedBy(), a.bidsAnalysed(),
                a.warnings().stream().map(w -> new Warning(w.kind().name(), IntStream.range(0, w.bidIds().size())
                        .mapToObj(i -> new BidLine(w.bidIds().get(i), w.bidders().get(i))).toList(), w.evidence()))
                        .toList());
    }
}
