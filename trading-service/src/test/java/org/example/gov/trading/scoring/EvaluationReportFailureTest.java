package org.example.gov.trading.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.trading.tender.Track;
import org.junit.jupiter.api.Test;

/** When an evaluation fails its lot instead of publishing candidates (EvaluationReport.failure). */
class EvaluationReportFailureTest {

    static EvaluationReport withValid(int valid) {
        List<RankedBid> ranking = IntStream.rangeClosed(1, valid).mapToObj(i -> new RankedBid(i, "bid-" + i, "bidder" + i,
                BigDecimal.valueOf(900_000 + i), false, BigDecimal.valueOf(900_000 + i), BigDecimal.TEN, Map.of(),
                BigDecimal.TEN, false, false)).toList();
        return new EvaluationReport(MethodKind.COMPREHENSIVE_SCORING, null, null, ranking, List.of(), 5);
    }

    @Test
    void noValidBidFailsTheLotInBothTracks() {
        assertThat(withValid(0).failure(Track.CONSTRUCTION, false)).isEqualTo("ALL_BIDS_REJECTED");
        assertThat(withValid(0).failure(Track.GOVERNMENT_PROCUREMENT, false)).isEqualTo("ALL_BIDS_REJECTED");
    }

    @Test
    void procurementWithFewerThanThreeValidBidsIsAbandoned() {
        assertThat(withValid(2).failure(Track.GOVERNMENT_PROCUREMENT, false)).isEqualTo("TOO_FEW_VALID_BIDS");
        assertThat(withValid(1).failure(Track.GOVERNMENT_PROCUREMENT, false)).isEqualTo("TOO_FEW_VALID_BIDS");
        assertThat(withValid(3).failure(Track.GOVERNMENT_PROCUREMENT, false)).isNull();
    }

    @Test
    void aConstructionCommitteeWithFewerThanThreeValidBidsMayRejectAllOrGoOn() {
        assertThat(withValid(2).failure(Track.CONSTRUCTION, false)).isNull();
        assertThat(withValid(2).failure(Track.CONSTRUCTION, true)).isEqualTo("ALL_BIDS_REJECTED");
        assertThat(withValid(3).failure(Track.CONSTRUCTION, false)).isNull();
    }

    @Test
    void rejectingAllIsRefusedWhenThreeOrMoreAreValid() {
        assertThatThrownBy(() -> withValid(3).failure(Track.CONSTRUCTION, true))
                .isInstanceOf(BusinessRuleViolationException.class)
                .extracting(e -> ((BusinessRuleViolationException) e).code()).isEqualTo("REJECT_ALL_NOT_ALLOWED");
    }
}
