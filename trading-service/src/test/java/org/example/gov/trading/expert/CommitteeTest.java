package org.example.gov.trading.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.trading.tender.LotId;
import org.example.gov.trading.tender.ProjectId;
import org.junit.jupiter.api.Test;

/** Seats, their history and the void scores of a replaced expert. */
class CommitteeTest {

    static final Instant NOW = CommitteeDrawTest.NOW;

    static DrawRecord first() {
        return CommitteeDraw.draw(CommitteeDrawTest.pool(10), CommitteeDrawTest.PARTIES, CommitteeDrawTest.TODAY,
                Set.of(), 4, CommitteeDrawTest.seed(), "A01", "440300", null, "trader1", NOW);
    }

    @Test
    void aDrawnCommitteeSeatsTheExpertsInDrawOrderAndIsDrawnOnce() {
        Committee c = Committee.constitute(LotId.newId(), ProjectId.newId(), 5, 1, NOW);
        DrawRecord d = first();
        List<CommitteeEvent> events = c.seat(d, NOW);
        assertThat(c.activeSeats()).extracting(Seat::expert).containsExactlyElementsOf(d.drawn());
        assertThat(c.activeSeats()).extracting(Seat::number).containsExactly(1, 2, 3, 4);
        assertThat(events).singleElement().isInstanceOfSatisfying(CommitteeEvent.CommitteeDrawn.class, e -> {
            assertThat(e.experts()).isEqualTo(4);
            assertThat(e.poolSize()).isEqualTo(10);
        });
        assertThatThrownBy(() -> c.seat(first(), NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aReplacedExpertsScoresAreVoidAndTheSeatKeepsItsHistory() {
        Committee c = Committee.constitute(LotId.newId(), ProjectId.newId(), 5, 1, NOW);
        DrawRecord d = first();
        c.seat(d, NOW);
        ExpertId leaving = d.drawn().get(2);
        DrawRecord replacement = CommitteeDraw.draw(CommitteeDrawTest.pool(10), CommitteeDrawTest.PARTIES,
                CommitteeDrawTest.TODAY, c.everSeated(), 1, CommitteeDrawTest.seed(), "A01", "440300", 3, "trader1", NOW);
        List<CommitteeEvent> events = c.replace(3, ReplacementReason.RECUSAL, "declared a tie", replacement,
                NOW.plusSeconds(60));
        assertThat(c.tenures()).filteredOn(s -> s.number() == 3).hasSize(2);
        Seat vacated = c.tenures().stream().filter(s -> s.expert().equals(leaving)).findFirst().orElseThrow();
        assertThat(vacated.scoresVoid()).isTrue();
        assertThat(vacated.vacatedBecause()).isEqualTo(ReplacementReason.RECUSAL);
        assertThat(c.activeSeats()).hasSize(4).extracting(Seat::expert).doesNotContain(leaving)
                .contains(replacement.drawn().getFirst());
        assertThat(c.activeSeats()).noneMatch(Seat::scoresVoid);
        assertThat(c.everSeated()).hasSize(5).contains(leaving);
        assertThat(events).singleElement().isInstanceOfSatisfying(CommitteeEvent.ExpertReplaced.class,
                e -> assertThat(e.scoresVoid()).isTrue());
    }

    @Test
    void aSeatTheCommitteeDoesNotHaveIsRefused() {
        Committee c = Committee.constitute(LotId.newId(), ProjectId.newId(), 5, 1, NOW);
        c.seat(first(), NOW);
        assertThatThrownBy(() -> c.checkSeat(5)).isInstanceOfSatisfying(BusinessRuleViolationException.class,
                e -> assertThat(e.code()).isEqualTo("SEAT_UNKNOWN"));
    }
}
