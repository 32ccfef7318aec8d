package org.example.gov.trading.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.example.gov.trading.expert.ExpertId;

/**
 * The evaluation's arithmetic (87号令 第55、56条 and the SME rules), pure and exact.
 *
 * <h2>Steps</h2>
 * <ol>
 * <li>Bids the committee invalidated, and those of bidders a credit record bars, are out, with their reason.</li>
 * <li>Abnormally low: the mean M of the prices (投标报价) of the bids still in; a bid whose price is below
 *     {@code abnormallyLowPercent}% of M is rejected unless its explanation was accepted. Compared exactly
 *     (price × 100 × n &lt; percent × Σ prices), so no rounding decides it. The bids rejected here still count in M
 *     (M is computed once, before rejections: otherwise each rejection would move the line for the others).</li>
 * <li>Evaluated price (评审价格) = price × (100 − smeDeduction) / 100 for an SME's bid, the price otherwise: exact.</li>
 * <li>Lowest evaluated price: rank by evaluated price ascending. Comprehensive scoring: benchmark B = the lowest valid
 *     evaluated price; price score = B ÷ evaluated price × price weight (30% → at most 30 points); each criterion's
 *     score = the arithmetic mean of the points of the experts seated now (the highest and lowest are NOT dropped; a
 *     replaced expert's points are void and ignored); total = price score + Σ criterion means; rank by total
 *     descending.</li>
 * <li>Ties (same rounded total; for lowest price the same evaluated price): the lower price (投标报价) first (87号令
 *     第55条); equal prices too are 并列, flagged {@link RankedBid#tiedWithPrevious()}, ordered by bid id.</li>
 * <li>The first up to 3 are the candidates.</li>
 * </ol>
 *
 * <h2>Rounding</h2>
 * Prices and evaluated prices are exact. The two divisions (B ÷ evaluated price, Σ points ÷ experts) are carried at
 * 34 significant digits ({@link MathContext#DECIMAL128}); nothing else is rounded until the end, where each price
 * score, criterion mean and total is rounded <em>once</em> to 2 decimals HALF_UP from its unrounded value (so a total
 * may differ by 0.01 from the sum of its rounded parts). The ranking uses the rounded totals, as published.
 */
public final class Scoring {

    static final MathContext QUOTIENT = MathContext.DECIMAL128;
    static final int SCALE = 2;
    private static final BigDecimal HUNDRED = EvaluationMethod.HUNDRED;

    private Scoring() {
    }

    /**
     * @param seated  the experts seated now, with their seat numbers (only their scores count)
     * @param scores  every score recorded; the latest per expert, bid and criterion counts
     * @throws EvaluationIncompleteException when a seated expert has not scored a valid bid on a criterion
     */
    public static EvaluationReport evaluate(EvaluationMethod method, List<BidUnderEvaluation> bids,
            Map<ExpertId, Integer> seated, List<Score> scores, Map<String, Invalidation> invalidations,
            Map<String, Explanation> explanations) {
        Screening screened = screen(method, bids, invalidations, explanations);
        List<RejectedBid> rejected = screened.rejected();
        List<BidUnderEvaluation> valid = screened.valid();
        Set<String> explained = screened.explained();
        BigDecimal mean = screened.mean();
        if (method.scored()) {
            List<String> missing = missing(method, valid, seated, latest(scores, seated.keySet()));
            if (!missing.isEmpty()) {
                throw new EvaluationIncompleteException(missing);
            }
        }
        List<Row> rows = new ArrayList<>();
        BigDecimal benchmark = valid.stream().map(b -> evaluatedPrice(b, method)).min(Comparator.naturalOrder())
                .orElse(null);
        Map<Key, BigDecimal> latest = latest(scores, seated.keySet());
        for (BidUnderEvaluation b : valid) {
            BigDecimal evaluated = evaluatedPrice(b, method);
            if (!method.scored()) {
                rows.add(new Row(b, evaluated, null, Map.of(), null));
                continue;
            }
            BigDecimal priceScore = benchmark.multiply(method.priceWeight()).divide(evaluated, QUOTIENT);
            Map<String, BigDecimal> means = new LinkedHashMap<>();
            BigDecimal total = priceScore;
            for (Criterion c : method.criteria()) {
                BigDecimal points = BigDecimal.ZERO;
                for (ExpertId expert : seated.keySet()) {
                    points = points.add(latest.get(new Key(expert, b.bidId(), c.code())));
                }
                BigDecimal m = points.divide(BigDecimal.valueOf(seated.size()), QUOTIENT);
                means.put(c.code(), m);
                total = total.add(m);
            }
            rows.add(new Row(b, evaluated, priceScore, means, total));
        }
        Comparator<Row> order = method.scored()
                ? Comparator.comparing((Row r) -> round(r.total())).reversed()
                : Comparator.comparing(Row::evaluated);
        order = order.thenComparing(r -> r.bid().price()).thenComparing(r -> r.bid().bidId());
        rows.sort(order);
        List<RankedBid> ranking = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            boolean tied = i > 0 && equalPlace(rows.get(i - 1), r, method);
            ranking.add(new RankedBid(i + 1, r.bid().bidId(), r.bid().bidder(), r.bid().price(), r.bid().sme(),
                    r.evaluated(), round(r.priceScore()),
                    r.means().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> round(e.getValue()),
                            (a, x) -> a, TreeMap::new)),
                    round(r.total()), explained.contains(r.bid().bidId()), tied));
        }
        return new EvaluationReport(method.kind(), benchmark, mean == null ? null : mean.setScale(SCALE,
                RoundingMode.HALF_UP), ranking, rejected, method.scored() ? seated.size() : 0);
    }

    /**
     * Steps 1 and 2: the invalidated bids and the abnormally low ones not explained out (with their reasons), the rest
     * valid. {@code abnormallyLow} names every abnormally low bid, explained or not.
     */
    public static Screening screen(EvaluationMethod method, List<BidUnderEvaluation> bids,
            Map<String, Invalidation> invalidations, Map<String, Explanation> explanations) {
        List<RejectedBid> rejected = new ArrayList<>();
        List<BidUnderEvaluation> in = new ArrayList<>();
        for (BidUnderEvaluation b : bids) {
            Invalidation inv = invalidations.get(b.bidId());
            if (inv != null) {
                rejected.add(new RejectedBid(b.bidId(), b.bidder(), inv.code(), inv.reason()));
            } else {
                in.add(b);
            }
        }
        BigDecimal sum = in.stream().map(BidUnderEvaluation::price).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = in.isEmpty() ? null : sum.divide(BigDecimal.valueOf(in.size()), QUOTIENT);
        List<BidUnderEvaluation> valid = new ArrayList<>();
        Set<String> explained = new java.util.HashSet<>();
        Set<String> low = new java.util.LinkedHashSet<>();
        for (BidUnderEvaluation b : in) {
            if (abnormallyLow(b.price(), in.size(), sum, method.abnormallyLowPercent())) {
                low.add(b.bidId());
                Explanation e = explanations.get(b.bidId());
                if (e == null || !e.accepted()) {
                    rejected.add(new RejectedBid(b.bidId(), b.bidder(), RejectedBid.ABNORMALLY_LOW_PRICE,
                            (e == null ? "no explanation" : "explanation not accepted") + " of a price below "
                                    + method.abnormallyLowPercent().toPlainString() + "% of the mean "
                                    + mean.setScale(SCALE, RoundingMode.HALF_UP).toPlainString()));
                    continue;
                }
                explained.add(b.bidId());
            }
            valid.add(b);
        }
        return new Screening(valid, rejected, mean, low, explained);
    }

    /** What {@link #evaluate} would find missing now (empty: the evaluation can be completed). */
    public static List<String> outstanding(EvaluationMethod method, List<BidUnderEvaluation> bids,
            Map<ExpertId, Integer> seated, List<Score> scores, Map<String, Invalidation> invalidations,
            Map<String, Explanation> explanations) {
        if (!method.scored()) {
            return List.of();
        }
        return missing(method, screen(method, bids, invalidations, explanations).valid(), seated,
                latest(scores, seated.keySet()));
    }

    /** The bids screened: valid ones, rejected ones with their reasons, the mean price, the abnormally low ones. */
    public record Screening(List<BidUnderEvaluation> valid, List<RejectedBid> rejected, BigDecimal mean,
            Set<String> abnormallyLow, Set<String> explained) {
    }

    /** Price × (100 − deduction) / 100 for an SME's bid; exact (a division by 100 terminates). */
    public static BigDecimal evaluatedPrice(BidUnderEvaluation b, EvaluationMethod method) {
        if (!b.sme()) {
            return b.price();
        }
        BigDecimal e = b.price().multiply(HUNDRED.subtract(method.smeDeduction())).movePointLeft(2).stripTrailingZeros();
        return e.setScale(Math.max(SCALE, e.scale()), RoundingMode.UNNECESSARY);
    }

    /** price &lt; percent% × (sum / n), compared without dividing: price × 100 × n &lt; percent × sum. */
    static boolean abnormallyLow(BigDecimal price, int n, BigDecimal sum, BigDecimal percent) {
        return price.multiply(HUNDRED).multiply(BigDecimal.valueOf(n)).compareTo(percent.multiply(sum)) < 0;
    }

    /** What each seated expert (by seat) still has to score, over the valid bids and every criterion. */
    static List<String> missing(EvaluationMethod method, List<BidUnderEvaluation> valid, Map<ExpertId, Integer> seated,
            Map<Key, BigDecimal> latest) {
        List<String> missing = new ArrayList<>();
        if (seated.isEmpty()) {
            missing.add("no expert is seated");
        }
        seated.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(seat -> {
            for (BidUnderEvaluation b : valid) {
                for (Criterion c : method.criteria()) {
                    if (!latest.containsKey(new Key(seat.getKey(), b.bidId(), c.code()))) {
                        missing.add("seat " + seat.getValue() + ": bid " + b.bidId() + " criterion " + c.code());
                    }
                }
            }
        });
        return missing;
    }

    /** The latest points per seated expert, bid and criterion (scores of anyone else — replaced experts — are void). */
    static Map<Key, BigDecimal> latest(List<Score> scores, Set<ExpertId> seated) {
        Map<Key, Score> last = new HashMap<>();
        for (Score s : scores) {
            if (!seated.contains(s.expert())) {
                continue;
            }
            last.merge(new Key(s.expert(), s.bidId(), s.criterion()), s,
                    (a, b) -> b.at().isBefore(a.at()) ? a : b);
        }
        Map<Key, BigDecimal> points = new HashMap<>();
        last.forEach((k, s) -> points.put(k, s.points()));
        return points;
    }

    private static boolean equalPlace(Row a, Row b, EvaluationMethod method) {
        boolean samePlace = method.scored() ? round(a.total()).compareTo(round(b.total())) == 0
                : a.evaluated().compareTo(b.evaluated()) == 0;
        return samePlace && a.bid().price().compareTo(b.bid().price()) == 0;
    }

    static BigDecimal round(BigDecimal v) {
        return v == null ? null : v.setScale(SCALE, RoundingMode.HALF_UP);
    }

    record Key(ExpertId expert, String bidId, String criterion) {
    }

    private record Row(BidUnderEvaluation bid, BigDecimal evaluated, BigDecimal priceScore,
            Map<String, BigDecimal> means, BigDecimal total) {
    }
}
