package org.example.gov.catalog.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

import org.example.gov.calendar.OfficialSchedules;
import org.example.gov.calendar.RegionalCalendars;
import org.example.gov.calendar.YearSchedule;
import org.junit.jupiter.api.Test;

class NextYearTest {

    private static final MonthDay FIRST_OF_NOVEMBER = MonthDay.of(11, 1);
    private static final RegionalCalendars OFFICIAL = RegionalCalendars.of(OfficialSchedules.bundled(), List.of());

    @Test
    void operatorsAreWarnedFromTheConfiguredDayUntilNextYearIsLoaded() {
        assertThat(NextYear.of(LocalDate.of(2026, 10, 31), FIRST_OF_NOVEMBER, OFFICIAL))
                .isEqualTo(new NextYear(2027, false, false, LocalDate.of(2026, 11, 1)));
        assertThat(NextYear.of(LocalDate.of(2026, 11, 1), FIRST_OF_NOVEMBER, OFFICIAL))
                .isEqualTo(new NextYear(2027, false, true, LocalDate.of(2026, 11, 1)));
        assertThat(NextYear.of(LocalDate.of(2026, 12, 31), FIRST_OF_NOVEMBER, OFFICIAL).warning()).isTrue();
    }

    @Test
    void noWarningOnceNextYearIsLoaded() {
        assertThat(NextYear.of(LocalDate.of(2025, 12, 2), FIRST_OF_NOVEMBER, OFFICIAL))
                .isEqualTo(new NextYear(2026, true, false, LocalDate.of(2025, 11, 1)));

        List<YearSchedule> with2027 = new ArrayList<>(OfficialSchedules.bundled());
        with2027.add(YearSchedule.of(2027, List.of(new YearSchedule.Entry(LocalDate.of(2027, 1, 1), true, "元旦"))));
        assertThat(NextYear.of(LocalDate.of(2026, 12, 2), FIRST_OF_NOVEMBER, RegionalCalendars.of(with2027, List.of())))
                .isEqualTo(new NextYear(2027, true, false, LocalDate.of(2026, 11, 1)));
    }

    @Test
    void theWarningDayIsConfigurable() {
        MonthDay fifteenthOfOctober = MonthDay.of(10, 15);
        assertThat(NextYear.of(LocalDate.of(2026, 10, 14), fifteenthOfOctober, OFFICIAL).warning()).isFalse();
        assertThat(NextYear.of(LocalDate.of(2026, 10, 15), fifteenthOfOctober, OFFICIAL))
                .isEqualTo(new NextYear(2027, false, true, LocalDate.of(2026, 10, 15)));
    }
}
