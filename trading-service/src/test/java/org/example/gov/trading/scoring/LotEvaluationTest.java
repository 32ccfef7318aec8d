package org.example.gov.trading.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.platform.problem.PlatformException;
import org.example.gov.trading.expert.ExpertId;
import org.example.gov.trading.tender.LotId;
import org.example.gov.trading.tender.LotStatus;
import org.example.gov.trading.tender.ProjectId;
import org.junit.jupiter.api.Test;

/** When a lot's evaluation takes its method, scores and findings, and who may give them. */
class LotEvaluationTest {

    static final Instant NOW = Instant.parse("2026-03-24T02:00:00Z");
    final ExpertId seatedExpert = ScoringTest.expert(1);
    final ExpertId otherExpert = ScoringTest.expert(9);
    final Set<ExpertId> seated = Set.of(seatedExpert, ScoringTest.expert(2), ScoringTest.expert(3));
    final Set<String> opened = Set.of("A", "B", "C");

    LotEvaluation evaluation() {
        return LotEvaluation.define(LotId.newId(), ProjectId.newId(), ScoringTest.GOODS_30, LotStatus.TENDERING);
    }

    @Test
    void theMethodIsSetBeforeTheOpeningAndRefusedOnceBidsAreOpened() {
        LotEvaluation e = evaluation();
        e.redefine(ScoringTest.GOODS_30, LotStatus.DRAFT);
        for (LotStatus after : List.of(LotStatus.OPENING, LotStatus.EVALUATION, LotStatus.CANDIDATE_PUBLICITY)) {
            assertThatThrownBy(() -> e.redefine(ScoringTest.GOODS_30, after))
                    .isInstanceOfSatisfying(IllegalTransitionException.class,
                            x -> assertThat(x.state()).isEqualTo(after.name()));
            assertThatThrownBy(() -> LotEvaluation.define(LotId.newId(), ProjectId.newId(), ScoringTest.GOODS_30, after))
                    .isInstanceOf(IllegalTransitionException.class);
        }
    }

    @Test
    void anExpertNotSeatedOnTheCommitteeIsForbidden() {
        LotEvaluation e = evaluation();
        assertThatThrownBy(() -> e.score(otherExpert, seated, opened, "A", "T1", BigDecimal.TEN, LotStatus.EVALUATION,
                NOW)).isInstanceOfSatisfying(PlatformException.class, x -> {
                    assertThat(x.status()).isEqualTo(403);
                    assertThat(x.code()).isEqualTo("EXPERT_NOT_SEATED");
                });
        assertThat(e.score(seatedExpert, seated, opened, "A", "T1", new BigDecimal("39.5"), LotStatus.EVALUATION, NOW))
                .isEqualTo(new Score(seatedExpert, "A", "T1", new BigDecimal("39.50"), NOW));
    }

    @Test
    void pointsLieWithin0AndTheCriterionsMaximum() {
        LotEvaluation e = evaluation();
        for (String points : List.of("-1", "40.01", "10.005")) {
            assertThatThrownBy(() -> e.score(seatedExpert, seated, opened, "A", "T1", new BigDecimal(points),
                    LotStatus.EVALUATION, NOW)).isInstanceOfSatisfying(PlatformException.class, x -> {
                        assertThat(x.status()).isEqualTo(422);
                        assertThat(x.code()).isEqualTo("SCORE_OUT_OF_RANGE");
                    });
        }
        assertThat(e.score(seatedExpert, seated, opened, "A", "T1", new BigDecimal("40"), LotStatus.EVALUATION, NOW)
                .points()).isEqualByComparingTo("40");
        assertThat(e.score(seatedExpert, seated, opened, "A", "T1", BigDecimal.ZERO, LotStatus.EVALUATION, NOW)
                .points()).isEqualByComparingTo("0");
    }

    @Test
    void unknownCriteriaAndBidsAndInvalidatedOrCreditBarredBidsAreNotScored() {
        LotEvaluation e = evaluation();
        assertThatThrownBy(() -> e.score(seatedExpert, seated, opened, "A", "X9", BigDecimal.ONE, LotStatus.EVALUATION,
                NOW)).hasFieldOrPropertyWithValue("code", "CRITERION_UNKNOWN");
        assertThatThrownBy(() -> e.score(seatedExpert, seated, opened, "Z", "T1", BigDecimal.ONE, LotStatus.EVALUATION,
                NOW)).hasFieldOrPropertyWithValue("code", "BID_NOT_FOUND");
        assertThatThrownBy(() -> e.score(seatedExpert, seated, opened, Set.of("C"), "C", "T1", BigDecimal.ONE,
                LotStatus.EVALUATION, NOW)).hasFieldOrPropertyWithValue("code", "BID_INVALIDATED");
        assertThat(e.score(seatedExpert, seated, opened, Set.of("C"), "A", "T1", BigDecimal.ONE, LotStatus.EVALUATION,
                NOW).bidId()).isEqualTo("A");
        e.invalidate(seatedExpert, seated, opened, "B", "投标文件未按要求签章", LotStatus.EVALUATION, NOW);
        assertThatThrownBy(() -> e.score(seatedExpert, seated, opened, "B", "T1", BigDecimal.ONE, LotStatus.EVALUATION,
                NOW)).hasFieldOrPropertyWithValue("code", "BID_INVALIDATED");
    }

    @Test
    void scoresAndFindingsOnlyDuringTheEvaluation() {
        LotEvaluation e = evaluation();
        assertThatThrownBy(() -> e.score(seatedExpert, seated, opened, "A", "T1", BigDecimal.ONE, LotStatus.OPENING,
                NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void completionNeedsEverySeatedExpertsScoresThenClosesTheEvaluation() {
        LotEvaluation e = evaluation();
        List<BidUnderEvaluation> bids = List.of(new BidUnderEvaluation("A", "bidderA", new BigDecimal("1000.00"), false));
        Map<ExpertId, Integer> seats = Map.of(seatedExpert, 1);
        assertThatThrownBy(() -> e.complete(bids, seats, List.of(), LotStatus.EVALUATION, NOW))
                .isInstanceOfSatisfying(EvaluationIncompleteException.class, x -> assertThat(x.missing()).hasSize(3));
        List<Score> all = List.of(new Score(seatedExpert, "A", "T1", BigDecimal.TEN, NOW),
                new Score(seatedExpert, "A", "T2", BigDecimal.TEN, NOW),
                new Score(seatedExpert, "A", "B1", BigDecimal.TEN, NOW));
        List<EvaluationEvent> events = e.complete(bids, seats, all, LotStatus.EVALUATION, NOW);
        assertThat(events).singleElement().isInstanceOf(EvaluationEvent.EvaluationCompleted.class);
        assertThat(e.report().candidates()).extracting(RankedBid::total).containsExactly(new BigDecimal("60.00"));
        assertThatThrownBy(() -> e.complete(bids, seats, all, LotStatus.EVALUATION, NOW))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void theCommitteesSmeFindingEarnsTheDeduction() {
        LotEvaluation e = evaluation();
        e.markSme(seatedExpert, seated, opened, "B", true, LotStatus.EVALUATION);
        e.invalidate(seatedExpert, seated, opened, "C", "资格不符", LotStatus.EVALUATION, NOW);
        var bids = List.of(new BidUnderEvaluation("A", "a", new BigDecimal("100.00"), false),
                new BidUnderEvaluation("B", "b", new BigDecimal("100.00"), false),
                new BidUnderEvaluation("C", "c", new BigDecimal("100.00"), false));
        List<Score> all = new java.util.ArrayList<>();
        for (String bid : List.of("A", "B")) {
            for (String c : List.of("T1", "T2", "B1")) {
                all.add(new Score(seatedExpert, bid, c, BigDecimal.ONE, NOW));
            }
        }
        e.complete(bids, Map.of(seatedExpert, 1), all, LotStatus.EVALUATION, NOW);
        assertThat(e.report().ranking()).extracting(RankedBid::bidId).containsExactly("B", "A");
        assertThat(e.report().ranking().getFirst().evaluatedPrice()).isEqualTo(new BigDecimal("90.00"));
        assertThat(e.report().rejected()).extracting(RejectedBid::reason).containsExactly("资格不符");
    }
}
