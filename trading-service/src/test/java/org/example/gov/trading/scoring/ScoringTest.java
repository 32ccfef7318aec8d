package org.example.gov.trading.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.example.gov.trading.expert.ExpertId;
import org.junit.jupiter.api.Test;

/** The arithmetic of {@link Scoring}, recomputed by hand. */
class ScoringTest {

    static final Instant T0 = Instant.parse("2026-03-24T02:00:00Z");

    static final EvaluationMethod GOODS_30 = EvaluationMethod.of(MethodKind.COMPREHENSIVE_SCORING, Subject.GOODS,
            new BigDecimal("30"), List.of(
                    new Criterion("T1", "技术方案", Criterion.Kind.TECHNICAL, new BigDecimal("40")),
                    new Criterion("T2", "售后服务", Criterion.Kind.TECHNICAL, new BigDecimal("20")),
                    new Criterion("B1", "业绩与信誉", Criterion.Kind.COMMERCIAL, new BigDecimal("10"))),
            null, null, ScoringPolicy.DEFAULT);

    final List<ExpertId> experts = List.of(expert(1), expert(2), expert(3), expert(4), expert(5));
    final Map<ExpertId, Integer> seated = seats(experts);
    final List<Score> scores = new ArrayList<>();

    /**
     * 87号令-style worked example: goods, comprehensive scoring, price weight 30%, technical T1 (40) + T2 (20),
     * commercial B1 (10), 30 + 40 + 20 + 10 = 100; five experts; SME deduction 10% (the default); abnormally low below
     * 80% of the mean price.
     *
     * <pre>
     * bid  price (投标报价)  SME  evaluated price
     * A    1,000,000.00     no   1,000,000.00
     * B      950,000.00     yes    855,000.00   = 950,000 × (100 − 10) / 100
     * C      880,000.00     no     880,000.00
     * D      900,000.00     no     900,000.00
     *
     * mean price M = (1,000,000 + 950,000 + 880,000 + 900,000) / 4 = 3,730,000 / 4 = 932,500.00
     * abnormally low below 80% × 932,500 = 746,000: none
     * benchmark B = lowest valid evaluated price = 855,000.00 (bid B, after its SME deduction; without it, 880,000)
     *
     * price score = 855,000 ÷ evaluated price × 30
     *   A: 855,000 / 1,000,000 × 30 = 0.855 × 30           = 25.65
     *   B: 855,000 /   855,000 × 30 = 1 × 30               = 30.00
     *   C: 855,000 /   880,000 × 30 = 0.97159090909... × 30 = 29.147727272727... → 29.15
     *   D: 855,000 /   900,000 × 30 = 0.95 × 30            = 28.50
     *
     * experts' points (experts 1..5), mean = sum / 5, highest and lowest NOT dropped
     *   A  T1 36 35 38 34 37 = 180 → 36.00   T2 18 17 19 18 18 = 90 → 18.00   B1  9  9  8 10  9 = 45 → 9.00
     *   B  T1 30 31 29 32 30 = 152 → 30.40   T2 15 16 15 14 16 = 76 → 15.20   B1  8  8  7  8  9 = 40 → 8.00
     *   C  T1 33 34 32 33 20 = 152 → 30.40   T2 17 16 17 16 17 = 83 → 16.60   B1  9  8  9  8  9 = 43 → 8.60
     *   D  T1 33 33 32 34 33 = 165 → 33.00   T2 16 17 16 16 17 = 82 → 16.40   B1  8  8  8  9  8 = 41 → 8.20
     *
     * total = price score + T1 + T2 + B1 (rounded once, at the end, 2 decimals HALF_UP)
     *   A: 25.65 + 36.00 + 18.00 + 9.00                 = 88.65
     *   B: 30.00 + 30.40 + 15.20 + 8.00                 = 83.60
     *   C: 29.147727272727... + 30.40 + 16.60 + 8.60     = 84.747727272727... → 84.75
     *   D: 28.50 + 33.00 + 16.40 + 8.20                 = 86.10
     *
     * ranking: 1 A 88.65, 2 D 86.10, 3 C 84.75, 4 B 83.60; candidates A, D, C.
     * (Dropping C's highest and lowest T1 points would make its T1 (33 + 33 + 32) / 3 = 32.67 and its total 87.01,
     *  second before D: the example also shows that they are not dropped.)
     * </pre>
     */
    @Test
    void goodsWithPriceWeight30AndAnSmeDeductionOf10PercentGiveTheHandComputedScoresAndRanking() {
        List<BidUnderEvaluation> bids = List.of(bid("A", "1000000.00", false), bid("B", "950000.00", true),
                bid("C", "880000.00", false), bid("D", "900000.00", false));
        give("A", "T1", 36, 35, 38, 34, 37);
        give("A", "T2", 18, 17, 19, 18, 18);
        give("A", "B1", 9, 9, 8, 10, 9);
        give("B", "T1", 30, 31, 29, 32, 30);
        give("B", "T2", 15, 16, 15, 14, 16);
        give("B", "B1", 8, 8, 7, 8, 9);
        give("C", "T1", 33, 34, 32, 33, 20);
        give("C", "T2", 17, 16, 17, 16, 17);
        give("C", "B1", 9, 8, 9, 8, 9);
        give("D", "T1", 33, 33, 32, 34, 33);
        give("D", "T2", 16, 17, 16, 16, 17);
        give("D", "B1", 8, 8, 8, 9, 8);

        EvaluationReport r = Scoring.evaluate(GOODS_30, bids, seated, scores, Map.of(), Map.of());

        assertThat(r.meanPrice()).isEqualByComparingTo("932500.00");
        assertThat(r.benchmark()).isEqualByComparingTo("855000.00");
        assertThat(r.rejected()).isEmpty();
        assertThat(r.experts()).isEqualTo(5);
        assertThat(r.ranking()).extracting(RankedBid::bidId).containsExactly("A", "D", "C", "B");
        assertThat(r.candidates()).extracting(RankedBid::bidId).containsExactly("A", "D", "C");
        RankedBid a = r.ranking().get(0), d = r.ranking().get(1), c = r.ranking().get(2), b = r.ranking().get(3);
        assertThat(b.evaluatedPrice()).isEqualTo(new BigDecimal("855000.00"));
        assertThat(a.evaluatedPrice()).isEqualTo(new BigDecimal("1000000.00"));
        assertThat(List.of(a.priceScore(), b.priceScore(), c.priceScore(), d.priceScore()))
                .containsExactly(new BigDecimal("25.65"), new BigDecimal("30.00"), new BigDecimal("29.15"),
                        new BigDecimal("28.50"));
        assertThat(c.criterionMeans()).containsExactlyInAnyOrderEntriesOf(Map.of("T1", new BigDecimal("30.40"),
                "T2", new BigDecimal("16.60"), "B1", new BigDecimal("8.60")));
        assertThat(b.criterionMeans().get("T1")).isEqualTo(new BigDecimal("30.40"));
        assertThat(List.of(a.total(), d.total(), c.total(), b.total())).containsExactly(new BigDecimal("88.65"),
                new BigDecimal("86.10"), new BigDecimal("84.75"), new BigDecimal("83.60"));
        assertThat(r.ranking()).extracting(RankedBid::rank).containsExactly(1, 2, 3, 4);
        assertThat(r.ranking()).noneMatch(RankedBid::tiedWithPrevious);
    }

    @Test
    void theHighestAndLowestPointsAreNotDropped() {
        // one bid, one criterion: 10, 30, 31, 32, 40 → mean 143 / 5 = 28.60; dropping 10 and 40 would give 31.00
        EvaluationMethod m = EvaluationMethod.of(MethodKind.COMPREHENSIVE_SCORING, Subject.SERVICES, new BigDecimal("60"),
                List.of(new Criterion("T1", "方案", Criterion.Kind.TECHNICAL, new BigDecimal("40"))), null, null,
                ScoringPolicy.DEFAULT);
        give("X", "T1", 10, 30, 31, 32, 40);
        EvaluationReport r = Scoring.evaluate(m, List.of(bid("X", "500000.00", false)), seated, scores, Map.of(),
                Map.of());
        assertThat(r.ranking().getFirst().criterionMeans().get("T1")).isEqualTo(new BigDecimal("28.60"));
        assertThat(r.ranking().getFirst().total()).isEqualTo(new BigDecimal("88.60"));
    }

    @Test
    void aReplacedExpertsScoresDoNotCount() {
        // seat 3 was expert 3, replaced by expert 6: expert 3's 0 points are void, expert 6's 40 count
        EvaluationMethod m = EvaluationMethod.of(MethodKind.COMPREHENSIVE_SCORING, Subject.SERVICES, new BigDecimal("60"),
                List.of(new Criterion("T1", "方案", Criterion.Kind.TECHNICAL, new BigDecimal("40"))), null, null,
                ScoringPolicy.DEFAULT);
        ExpertId replaced = experts.get(2);
        ExpertId successor = expert(6);
        scores.add(new Score(replaced, "X", "T1", new BigDecimal("0.00"), T0));
        Map<ExpertId, Integer> now = new LinkedHashMap<>(seated);
        now.remove(replaced);
        now.put(successor, 3);
        for (ExpertId e : now.keySet()) {
            scores.add(new Score(e, "X", "T1", new BigDecimal("40.00"), T0.plusSeconds(60)));
        }
        EvaluationReport r = Scoring.evaluate(m, List.of(bid("X", "500000.00", false)), now, scores, Map.of(), Map.of());
        assertThat(r.ranking().getFirst().criterionMeans().get("T1")).isEqualTo(new BigDecimal("40.00"));
        assertThat(r.experts()).isEqualTo(5);
    }

    @Test
    void theLatestScoreOfAnExpertCounts() {
        EvaluationMethod m = EvaluationMethod.of(MethodKind.COMPREHENSIVE_SCORING, Subject.SERVICES, new BigDecimal("60"),
                List.of(new Criterion("T1", "方案", Criterion.Kind.TECHNICAL, new BigDecimal("40"))), null, null,
                ScoringPolicy.DEFAULT);
        give("X", "T1", 20, 20, 20, 20, 20);
        scores.add(new Score(experts.getFirst(), "X", "T1", new BigDecimal("25.00"), T0.plusSeconds(3600)));
        EvaluationReport r = Scoring.evaluate(m, List.of(bid("X", "500000.00", false)), seated, scores, Map.of(),
                Map.of());
        assertThat(r.ranking().getFirst().criterionMeans().get("T1")).isEqualTo(new BigDecimal("21.00"));
    }

    @Test
    void equalTotalsAreRankedByTheLowerPrice() {
        // Y: 120,000 → price score 100,000 / 120,000 × 30 = 25.00, T1 mean 55 → 80.00
        // X: 100,000 → price score 30.00,                      T1 mean 50 → 80.00   same total: X (lower price) first
        EvaluationMethod m = EvaluationMethod.of(MethodKind.COMPREHENSIVE_SCORING, Subject.GOODS, new BigDecimal("30"),
                List.of(new Criterion("T1", "方案", Criterion.Kind.TECHNICAL, new BigDecimal("70"))), null, null,
                ScoringPolicy.DEFAULT);
        give("bid-a-Y", "T1", 55, 55, 55, 55, 55);
        give("bid-b-X", "T1", 50, 50, 50, 50, 50);
        EvaluationReport r = Scoring.evaluate(m, List.of(bid("bid-a-Y", "120000.00", false),
                bid("bid-b-X", "100000.00", false)), seated, scores, Map.of(), Map.of());
        assertThat(r.ranking()).extracting(RankedBid::total).containsExactly(new BigDecimal("80.00"),
                new BigDecimal("80.00"));
        assertThat(r.ranking()).extracting(RankedBid::bidId).containsExactly("bid-b-X", "bid-a-Y");
        assertThat(r.ranking()).noneMatch(RankedBid::tiedWithPrevious);
    }

    @Test
    void equalTotalsAndEqualPricesAreFlaggedAsTied() {
        EvaluationMethod m = EvaluationMethod.of(MethodKind.COMPREHENSIVE_SCORING, Subject.GOODS, new BigDecimal("30"),
                List.of(new Criterion("T1", "方案", Criterion.Kind.TECHNICAL, new BigDecimal("70"))), null, null,
                ScoringPolicy.DEFAULT);
        give("M", "T1", 60, 60, 60, 60, 60);
        give("N", "T1", 60, 60, 60, 60, 60);
        give("O", "T1", 10, 10, 10, 10, 10);
        EvaluationReport r = Scoring.evaluate(m, List.of(bid("N", "100000.00", false), bid("O", "100000.00", false),
                bid("M", "100000.00", false)), seated, scores, Map.of(), Map.of());
        assertThat(r.ranking()).extracting(RankedBid::bidId).containsExactly("M", "N", "O");
        assertThat(r.ranking()).extracting(RankedBid::tiedWithPrevious).containsExactly(false, true, false);
    }

    @Test
    void anAbnormallyLowPriceWithoutAnAcceptedExplanationIsRejected() {
        // mean (100,000 × 3 + 60,000) / 4 = 90,000; 80% of it = 72,000; 60,000 is below
        EvaluationMethod m = EvaluationMethod.of(MethodKind.LOWEST_EVALUATED_PRICE, Subject.GOODS, null, List.of(),
                null, null, ScoringPolicy.DEFAULT);
        List<BidUnderEvaluation> bids = List.of(bid("P", "100000.00", false), bid("Q", "100000.00", false),
                bid("R", "100000.00", false), bid("LOW", "60000.00", false));
        EvaluationReport none = Scoring.evaluate(m, bids, seated, scores, Map.of(), Map.of());
        assertThat(none.meanPrice()).isEqualByComparingTo("90000");
        assertThat(none.rejected()).singleElement().satisfies(x -> {
            assertThat(x.bidId()).isEqualTo("LOW");
            assertThat(x.code()).isEqualTo(RejectedBid.ABNORMALLY_LOW_PRICE);
        });
        assertThat(none.ranking()).extracting(RankedBid::bidId).doesNotContain("LOW");

        EvaluationReport refused = Scoring.evaluate(m, bids, seated, scores, Map.of(),
                Map.of("LOW", new Explanation("LOW", "库存清仓", false, "e", T0)));
        assertThat(refused.rejected()).extracting(RejectedBid::bidId).containsExactly("LOW");

        EvaluationReport accepted = Scoring.evaluate(m, bids, seated, scores, Map.of(),
                Map.of("LOW", new Explanation("LOW", "自有专利，成本较低", true, "e", T0)));
        assertThat(accepted.rejected()).isEmpty();
        assertThat(accepted.ranking().getFirst().bidId()).isEqualTo("LOW");
        assertThat(accepted.ranking().getFirst().abnormallyLowExplained()).isTrue();
    }

    @Test
    void aPriceExactlyAtTheThresholdIsNotAbnormallyLow() {
        // 4 bids 110,000 110,000 100,000 80,000: mean 100,000, 80% of it = 80,000, not below
        EvaluationMethod m = EvaluationMethod.of(MethodKind.LOWEST_EVALUATED_PRICE, Subject.GOODS, null, List.of(),
                null, null, ScoringPolicy.DEFAULT);
        EvaluationReport r = Scoring.evaluate(m, List.of(bid("P", "110000.00", false), bid("Q", "110000.00", false),
                bid("R", "100000.00", false), bid("S", "80000.00", false)), seated, scores, Map.of(), Map.of());
        assertThat(r.rejected()).isEmpty();
    }

    @Test
    void lowestEvaluatedPriceRanksByEvaluatedPriceAfterTheSmeDeductionAndListsInvalidBidsWithTheirReason() {
        // SME deduction 20%: S 110,000 → 88,000 ranks before P 90,000; Q invalid
        EvaluationMethod m = EvaluationMethod.of(MethodKind.LOWEST_EVALUATED_PRICE, Subject.GOODS, null, List.of(),
                new BigDecimal("20"), null, ScoringPolicy.DEFAULT);
        EvaluationReport r = Scoring.evaluate(m, List.of(bid("P", "90000.00", false), bid("Q", "85000.00", false),
                bid("S", "110000.00", true), bid("T", "95000.00", false), bid("U", "99000.00", false)), seated, scores,
                Map.of("Q", new Invalidation("Q", "投标保证金不足", "e", T0)), Map.of());
        assertThat(r.ranking()).extracting(RankedBid::bidId).containsExactly("S", "P", "T", "U");
        assertThat(r.ranking().getFirst().evaluatedPrice()).isEqualTo(new BigDecimal("88000.00"));
        assertThat(r.candidates()).extracting(RankedBid::bidId).containsExactly("S", "P", "T");
        assertThat(r.rejected()).singleElement().isEqualTo(new RejectedBid("Q", "bidder-Q", RejectedBid.INVALIDATED,
                "投标保证金不足"));
        assertThat(r.ranking()).allMatch(x -> x.total() == null && x.priceScore() == null);
    }

    @Test
    void completionIsRefusedListingTheMissingScoresBySeat() {
        give("A", "T1", 36, 35, 38, 34, 37);
        assertThatThrownBy(() -> Scoring.evaluate(GOODS_30, List.of(bid("A", "1000000.00", false)), seated, scores,
                Map.of(), Map.of()))
                .isInstanceOfSatisfying(EvaluationIncompleteException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.missing()).hasSize(10).contains("seat 1: bid A criterion T2",
                            "seat 5: bid A criterion B1");
                });
    }

    @Test
    void anInvalidatedBidNeedsNoScores() {
        give("A", "T1", 36, 35, 38, 34, 37);
        give("A", "T2", 18, 17, 19, 18, 18);
        give("A", "B1", 9, 9, 8, 10, 9);
        EvaluationReport r = Scoring.evaluate(GOODS_30, List.of(bid("A", "1000000.00", false),
                bid("Z", "990000.00", false)), seated, scores, Map.of("Z", new Invalidation("Z", "资格不符", "e", T0)),
                Map.of());
        assertThat(r.ranking()).extracting(RankedBid::bidId).containsExactly("A");
        assertThat(r.ranking().getFirst().priceScore()).isEqualTo(new BigDecimal("30.00"));
    }

    void give(String bid, String criterion, int... points) {
        for (int i = 0; i < points.length; i++) {
            scores.add(new Score(experts.get(i), bid, criterion, BigDecimal.valueOf(points[i]).setScale(2), T0));
        }
    }

    static BidUnderEvaluation bid(String id, String price, boolean sme) {
        return new BidUnderEvaluation(id, "bidder-" + id, new BigDecimal(price), sme);
    }

    static ExpertId expert(int n) {
        return new ExpertId(UUID.nameUUIDFromBytes(("expert" + n).getBytes()));
    }

    static Map<ExpertId, Integer> seats(List<ExpertId> experts) {
        Map<ExpertId, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < experts.size(); i++) {
            m.put(experts.get(i), i + 1);
        }
        return m;
    }
}
