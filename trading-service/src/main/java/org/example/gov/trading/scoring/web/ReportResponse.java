package org.example.gov.trading.scoring.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.example.gov.trading.scoring.EvaluationReport;
import org.example.gov.trading.scoring.EvaluationService;

/**
 * The evaluation report (评标报告): the method, the benchmark, every valid bid ranked (the first up to 3 are the
 * candidates) with its evaluated price, price score, criterion means and total, and the bids not ranked with their
 * reasons. It names no expert; {@code experts} is how many seated experts' scores count.
 */
public record ReportResponse(String method, MethodResponse evaluationMethod, BigDecimal benchmark, BigDecimal meanPrice,
        int experts, List<Ranked> candidates, List<Ranked> ranking, List<Rejected> rejected, Instant completedAt) {

    public record Ranked(int rank, String bidId, String bidder, BigDecimal price, boolean sme,
            BigDecimal evaluatedPrice, BigDecimal priceScore, Map<String, BigDecimal> criterionMeans, BigDecimal total,
            boolean abnormallyLowExplained, boolean tiedWithPrevious) {
    }

    public record Rejected(String bidId, String bidder, String code, String reason) {
    }

    static ReportResponse of(EvaluationService.ReportView v) {
        EvaluationReport r = v.report();
        List<Ranked> ranking = r.ranking().stream().map(b -> new Ranked(b.rank(), b.bidId(), b.bidder(), b.price(),
                b.sme(), b.evaluatedPrice(), b.priceScore(), b.criterionMeans(), b.total(), b.abnormallyLowExplained(),
                b.tiedWithPrevious())).toList();
        return new ReportResponse(r.method().name(), MethodResponse.of(v.method()), r.benchmark(), r.meanPrice(),
                r.experts(), ranking.subList(0, Math.min(EvaluationReport.CANDIDATES, ranking.size())), ranking,
                r.rejected().stream().map(x -> new Rejected(x.bidId(), x.bidder(), x.code(), x.reason())).toList(),
                v.completedAt());
    }
}
