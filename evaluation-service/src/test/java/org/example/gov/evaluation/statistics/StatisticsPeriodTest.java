package org.example.gov.evaluation.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StatisticsPeriodTest {

    static final LocalDate D1 = LocalDate.of(2025, 10, 1);

    @Test
    void theDaysNotRolledUpFormMaximalRunsOfConsecutiveDays() {
        StatisticsPeriod october = new StatisticsPeriod(D1, D1.plusDays(9)); // 1..10
        assertThat(october.runsWithout(Set.of())).containsExactly(october);
        assertThat(october.runsWithout(Set.of(D1, D1.plusDays(1), D1.plusDays(4), D1.plusDays(5), D1.plusDays(9))))
                .containsExactly(new StatisticsPeriod(D1.plusDays(2), D1.plusDays(3)),
                        new StatisticsPeriod(D1.plusDays(6), D1.plusDays(8)));
        assertThat(october.runsWithout(Set.of(D1.minusDays(1), D1.plusDays(10)))).containsExactly(october);
        StatisticsPeriod oneDay = new StatisticsPeriod(D1, D1);
        assertThat(oneDay.runsWithout(Set.of(D1))).isEmpty();
    }

    @Test
    void rolledUpCountsDecideLevelThreePerRegionWhenTheFiguresAreMade() {
        GoodLevelPolicy policy = new GoodLevelPolicy(true, Map.of("440100", false));
        GroupCounts strict = GroupCounts.ratings("440100", "d", 9, 1, 1, 1, 2, 2, 2);
        GroupCounts lenient = GroupCounts.ratings("440300", "d", 9, 1, 1, 1, 2, 2, 2);
        assertThat(strict.figures(policy).good()).isEqualTo(4);
        assertThat(lenient.figures(policy).good()).isEqualTo(6);
        assertThat(strict.figures(policy).bad()).isEqualTo(2);
        Figures both = strict.figures(policy).plus(lenient.figures(policy));
        assertThat(both.counted()).isEqualTo(16);
        assertThat(both.goodRate()).isEqualByComparingTo("0.625");
        assertThat(strict.plus(GroupCounts.tickets("440100", "d", 2, 1, 1, 2)).figures(policy))
                .isEqualTo(new Figures("d", 0, 0, 0, 9, 1, 4, 2, 2, 1, 1, 2));
    }
}
