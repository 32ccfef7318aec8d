package org.example.gov.trading.scoring;

import java.time.Instant;
import java.util.List;

/**
 * The evaluation's events, on the trading topic keyed by project id. They name bidders (the opening record already did)
 * but never an expert: the committee stays secret until the result is published.
 */
public sealed interface EvaluationEvent {

    String type();

    String projectId();

    /** gov.trading.evaluation-completed.v1: the report's ranking, candidates first, and the bids not ranked. */
    record EvaluationCompleted(String projectId, String lotId, String method, String benchmark, int experts,
            List<Ranked> ranking, List<Rejected> rejected, Instant completedAt) implements EvaluationEvent {
        @Override
        public String type() {
            return "gov.trading.evaluation-completed.v1";
        }
    }

    /** Amounts and scores as decimal strings (exact, as in the report). */
    record Ranked(int rank, boolean candidate, String bidId, String bidder, String price, boolean sme,
            String evaluatedPrice, String priceScore, String total, boolean tiedWithPrevious) {
    }

    record Rejected(String bidId, String bidder, String code, String reason) {
    }

    static EvaluationCompleted completed(String projectId, String lotId, EvaluationReport r, Instant at) {
        return new EvaluationCompleted(projectId, lotId, r.method().name(),
                r.benchmark() == null ? null : r.benchmark().toPlainString(), r.experts(),
                r.ranking().stream().map(b -> new Ranked(b.rank(), b.rank() <= EvaluationReport.CANDIDATES, b.bidId(),
                        b.bidder(), b.price().toPlainString(), b.sme(), b.evaluatedPrice().toPlainString(),
                        b.priceScore() == null ? null : b.priceScore().toPlainString(),
                        b.total() == null ? null : b.total().toPlainString(), b.tiedWithPrevious())).toList(),
                r.rejected().stream().map(x -> new Rejected(x.bidId(), x.bidder(), x.code(), x.reason())).toList(), at);
    }
}
