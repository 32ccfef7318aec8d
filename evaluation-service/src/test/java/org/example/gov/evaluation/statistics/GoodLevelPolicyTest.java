package org.example.gov.evaluation.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.junit.jupiter.api.Test;

class GoodLevelPolicyTest {

    @Test
    void levelThreeCountsAsGoodByDefaultExceptInRegionsThatSayOtherwise() {
        GoodLevelPolicy policy = new GoodLevelPolicy(true, Map.of("440100", false, "440300", true));
        assertThat(policy.isGood(3, "440300")).isTrue();
        assertThat(policy.isGood(3, "440500")).isTrue();
        assertThat(policy.isGood(3, "440100")).isFalse();
        assertThat(policy.isGood(4, "440100")).isTrue();
        assertThat(policy.isGood(2, "440300")).isFalse();
    }

    @Test
    void whenLevelThreeIsNotGoodByDefaultOnlyTheListedRegionsCountIt() {
        GoodLevelPolicy policy = new GoodLevelPolicy(false, Map.of("440300", true));
        assertThat(policy.isGood(3, "440300")).isTrue();
        assertThat(policy.isGood(3, "440100")).isFalse();
    }

    @Test
    void ratesExcludeUpheldAppealsAndAreNullWithoutADenominator() {
        Figures f = new Figures("d", 10, 8, 2, 8, 1, 5, 2, 2, 2, 1, 2);
        assertThat(f.participationRate()).isEqualByComparingTo("0.8");
        assertThat(f.counted()).isEqualTo(7);
        assertThat(f.badRate()).isEqualByComparingTo("0.2857");
        assertThat(f.goodRate()).isEqualByComparingTo("0.7143");
        assertThat(f.onTimeRectificationRate()).isEqualByComparingTo("0.5");
        assertThat(f.callBackRate()).isEqualByComparingTo("1");
        assertThat(Figures.empty("x").goodRate()).isNull();
    }

    @Test
    void aMonthPeriodRunsFromTheFirstToTheLastDayInBeijingTime() {
        StatisticsPeriod october = StatisticsPeriod.month(YearMonth.of(2025, 10));
        assertThat(october.start()).isEqualTo(java.time.Instant.parse("2025-09-30T16:00:00Z"));
        assertThat(october.end()).isEqualTo(java.time.Instant.parse("2025-10-31T16:00:00Z"));
        assertThatThrownBy(() -> new StatisticsPeriod(LocalDate.of(2025, 10, 2), LocalDate.of(2025, 10, 1)))
                .isInstanceOf(BusinessRuleViolationException.class);
    }
}
