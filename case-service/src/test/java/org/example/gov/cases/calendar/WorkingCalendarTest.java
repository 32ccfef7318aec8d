package org.example.gov.cases.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.junit.jupiter.api.Test;

/** The arithmetic case-service runs on its copy of the calendar, checked on the official 2025 schedule. */
class WorkingCalendarTest {

    final WorkingCalendar calendar = OfficialCalendar.get();

    @Test
    void fiveWorkingDaysAfterFriday26SeptemberIsFriday10OctoberAcrossNationalDay() {
        // 28 Sep (Sun) and 11 Oct (Sat) are adjusted working days; 1-8 Oct are off
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 9, 26), 5)).isEqualTo(LocalDate.of(2025, 10, 10));
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 28))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 8))).isFalse();
    }

    @Test
    void oneWorkingDayBeforeTheDueDateIsTheApproachingDay() {
        assertThat(calendar.subtractWorkingDays(LocalDate.of(2025, 10, 10), 1)).isEqualTo(LocalDate.of(2025, 10, 9));
        // before a Monday it is the Friday; before Thu 9 Oct it skips the whole holiday back to Tue 30 Sep
        assertThat(calendar.subtractWorkingDays(LocalDate.of(2025, 10, 13), 1)).isEqualTo(LocalDate.of(2025, 10, 11));
        assertThat(calendar.subtractWorkingDays(LocalDate.of(2025, 10, 9), 1)).isEqualTo(LocalDate.of(2025, 9, 30));
    }

    @Test
    void workingDaysBetweenCountsTheDaysAfterTheStartAndIsNegativeBackwards() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 10))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 10, 10), LocalDate.of(2025, 10, 10))).isZero();
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 10, 13), LocalDate.of(2025, 10, 10))).isEqualTo(-2);
    }

    @Test
    void aDateInAYearThatIsNotLoadedIsAClearErrorNotAGuess() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 12, 28), 5))
                .isInstanceOf(BusinessRuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "CALENDAR_YEAR_NOT_LOADED");
    }
}
