package org.example.gov.trading.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * The committee's report (评标报告): every valid bid ranked, the first up to {@value #CANDIDATES} of them the candidates
 * (中标候选人), the bids not ranked with their reasons.
 *
 * @param benchmark   the lowest valid evaluated price (评标基准价); null when no bid is valid
 * @param meanPrice   the mean of the prices of the bids not invalidated, the abnormally-low test's reference
 * @param experts     how many seated experts' scores count
 */
public record EvaluationReport(MethodKind method, BigDecimal benchmark, BigDecimal meanPrice, List<RankedBid> ranking,
        List<RejectedBid> rejected, int experts) {

    public static final int CANDIDATES = 3;

    public EvaluationReport {
        ranking = List.copyOf(ranking);
        rejected = List.copyOf(rejected);
    }

    public List<RankedBid> candidates() {
        return ranking.subList(0, Math.min(CANDIDATES, ranking.size()));
    }
}
