package org.example.gov.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;


class YearScheduleTest {

    private static YearSchedule.Entry off(String date, String name) {
        return new YearSchedule.Entry(LocalDate.parse(date), true, name);
    }

    private static YearSchedule.Entry working(String date, String name) {
        return new YearSchedule.Entry(LocalDate.parse(date), false, name);
    }

    private static List<String> violationCodes(Integer year, List<YearSchedule.Entry> entries) {
        List<String> codes = new ArrayList<>();
        assertThatThrownBy(() -> YearSchedule.of(year, entries))
                .isInstanceOfSatisfying(InvalidScheduleException.class, e -> {
                    e.violations().forEach(v -> codes.add(v.code()));
                });
        return codes;
    }

    @Test
    void aValidScheduleCountsItsOffDaysAdjustedDaysAndWorkingDays() {
        YearSchedule schedule = YearSchedule.of(2030, List.of(off("2030-01-01", "元旦"), working("2030-01-05", "元旦"),
                off("2030-01-06", "元旦")));

        assertThat(schedule.year()).isEqualTo(2030);
        assertThat(schedule.offDays()).isEqualTo(2);
        assertThat(schedule.adjustedWorkingDays()).isEqualTo(1);
        // 2030 has 261 weekdays; minus Tue 01-01, plus Sat 01-05 (Sun 01-06 was off anyway)
        assertThat(schedule.workingDays()).isEqualTo(261);
        assertThat(schedule.days()).extracting(YearSchedule.Day::date)
                .containsExactly(LocalDate.parse("2030-01-01"), LocalDate.parse("2030-01-05"), LocalDate.parse("2030-01-06"));
    }

    @Test
    void aDateOutsideTheStatedYearIsRejected() {
        assertThat(violationCodes(2030, List.of(off("2030-01-01", "元旦"), off("2029-12-31", "元旦"))))
                .containsExactly("DATE_OUTSIDE_YEAR");
    }

    @Test
    void aDateListedTwiceIsRejectedEvenWithTheSameFlag() {
        assertThat(violationCodes(2030, List.of(off("2030-01-01", "元旦"), off("2030-01-01", "元旦"))))
                .containsExactly("DUPLICATE_DATE");
        assertThat(violationCodes(2030, List.of(off("2030-01-05", "元旦"), working("2030-01-05", "元旦"))))
                .containsExactly("DUPLICATE_DATE");
    }

    @Test
    void everyDayNeedsANameAndAnOffDayFlagAndADate() {
        assertThat(violationCodes(2030, List.of(off("2030-01-01", " ")))).containsExactly("NAME_MISSING");
        assertThat(violationCodes(2030, List.of(off("2030-01-01", null)))).containsExactly("NAME_MISSING");
        assertThat(violationCodes(2030, List.of(off("2030-01-01", "节".repeat(101))))).containsExactly("NAME_TOO_LONG");
        assertThat(violationCodes(2030, List.of(new YearSchedule.Entry(LocalDate.parse("2030-01-01"), null, "元旦"))))
                .containsExactly("OFF_DAY_FLAG_MISSING");
        assertThat(violationCodes(2030, List.of(new YearSchedule.Entry(null, true, "元旦")))).containsExactly("DATE_MISSING");
        assertThat(violationCodes(2030, Arrays.asList(off("2030-01-01", "元旦"), null))).containsExactly("DAY_MISSING");
    }

    @Test
    void anAdjustedWorkingDayMustBeAWeekendDay() {
        assertThat(violationCodes(2030, List.of(working("2030-01-07", "元旦")))).containsExactly("ADJUSTED_WORKING_DAY_NOT_WEEKEND");
    }

    @Test
    void anEmptyScheduleWouldBeAGuessAndIsRejected() {
        assertThat(violationCodes(2030, List.of())).containsExactly("NO_DAYS");
        assertThat(violationCodes(2030, null)).containsExactly("NO_DAYS");
    }

    @Test
    void theYearMustBeGivenAndPlausible() {
        assertThat(violationCodes(null, List.of(off("2030-01-01", "元旦")))).containsExactly("YEAR_MISSING");
        assertThat(violationCodes(1999, List.of(off("1999-01-01", "元旦")))).containsExactly("YEAR_OUT_OF_RANGE");
        assertThat(violationCodes(2101, List.of(off("2101-01-01", "元旦")))).containsExactly("YEAR_OUT_OF_RANGE");
    }

    @Test
    void everyViolationIsReportedAtOnceWithTheFieldAtFault() {
        assertThatThrownBy(() -> YearSchedule.of(2030, List.of(off("2029-12-31", "元旦"), off("2030-02-01", ""),
                working("2030-01-07", "春节"))))
                .isInstanceOfSatisfying(InvalidScheduleException.class, e -> {
                    assertThat(e.violations()).extracting(InvalidScheduleException.Violation::field)
                            .containsExactly("days[0].date", "days[1].name", "days[2].date");
                    assertThat(e.year()).isEqualTo(2030);
                    assertThat(e.getMessage()).contains("2029-12-31 is not in 2030");
                });
    }

    @Test
    void theHolidayCnFormatIsReadWithItsExtraMembersIgnored() {
        String file = """
                {"$schema": "https://example.org/schema.json", "year": 2030, "papers": ["https://www.gov.cn/x"],
                 "days": [{"name": "元旦", "date": "2030-01-01", "isOffDay": true},
                          {"name": "元旦", "date": "2030-01-05", "isOffDay": false, "note": "ignored"}]}""";

        YearSchedule schedule = OfficialSchedules.read(file).toSchedule();

        assertThat(schedule.day(LocalDate.parse("2030-01-01"))).get().extracting(YearSchedule.Day::offDay).isEqualTo(true);
        assertThat(schedule.day(LocalDate.parse("2030-01-05"))).get().extracting(YearSchedule.Day::offDay).isEqualTo(false);
    }
}
