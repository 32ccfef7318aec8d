package org.example.gov.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


class WorkingDayCalendarTest {

    private static WorkingDayCalendar official;

    @BeforeAll
    static void officialCalendar() {
        official = WorkingDayCalendar.of(OfficialSchedules.bundled());
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** A made-up 2030: Tue 01-01 off, Sat 01-05 an adjusted working day, everything else Monday-Friday. */
    private static WorkingDayCalendar synthetic2030() {
        return WorkingDayCalendar.of(List.of(YearSchedule.of(2030, List.of(
                new YearSchedule.Entry(d("2030-01-01"), true, "元旦"),
                new YearSchedule.Entry(d("2030-01-05"), false, "元旦")))));
    }

    @Nested
    class ClassicTraps {

        @Test
        void fridayBeforeNationalDayPlusFiveWorkingDaysIsFridayTheTenthNotTheThirdNorTheThirteenth() {
            LocalDate due = official.plusWorkingDays(d("2025-09-26"), 5).exact();

            assertThat(due).isEqualTo(d("2025-10-10"))
                    .isNotEqualTo(d("2025-10-03"))   // Monday-Friday only
                    .isNotEqualTo(d("2025-10-13"));  // holidays without the 调休 Sunday 09-28
        }

        @Test
        void theAdjustedWeekendsAroundNationalDay2025AreWorkingDays() {
            assertThat(official.isWorkingDay(d("2025-09-28"))).as("Sun 09-28 调休").isTrue();
            assertThat(official.isWorkingDay(d("2025-10-11"))).as("Sat 10-11 调休").isTrue();
            assertThat(official.day(d("2025-09-28")).exact().holiday()).isNull();
            assertThat(official.day(d("2025-10-11")).exact().holiday()).isNull();
        }

        @Test
        void nationalDay2025FromTheFirstToTheEighthIsOffUnderItsOfficialName() {
            for (LocalDate date = d("2025-10-01"); !date.isAfter(d("2025-10-08")); date = date.plusDays(1)) {
                assertThat(official.isWorkingDay(date)).as(date.toString()).isFalse();
                assertThat(official.day(date).exact().holiday()).as(date.toString()).isEqualTo("国庆节、中秋节");
            }
            assertThat(official.isWorkingDay(d("2025-10-09"))).isTrue();
        }

        @Test
        void springFestival2025() {
            for (LocalDate date = d("2025-01-28"); !date.isAfter(d("2025-02-04")); date = date.plusDays(1)) {
                assertThat(official.isWorkingDay(date)).as(date.toString()).isFalse();
                assertThat(official.day(date).exact().holiday()).isEqualTo("春节");
            }
            assertThat(official.isWorkingDay(d("2025-01-26"))).as("Sun 01-26 调休").isTrue();
            assertThat(official.isWorkingDay(d("2025-02-08"))).as("Sat 02-08 调休").isTrue();
            assertThat(official.plusWorkingDays(d("2025-01-24"), 1).exact()).isEqualTo(d("2025-01-26"));
            assertThat(official.plusWorkingDays(d("2025-01-27"), 1).exact()).isEqualTo(d("2025-02-05"));
            assertThat(official.plusWorkingDays(d("2025-02-07"), 1).exact()).isEqualTo(d("2025-02-08"));
        }

        @Test
        void aCaseAcceptedTheDayBeforeAHolidayIsDueAfterIt() {
            assertThat(official.plusWorkingDays(d("2024-09-30"), 1).exact()).isEqualTo(d("2024-10-08"));
        }

        @Test
        void countingCrossesIntoTheNextLoadedYearWithItsHolidaysAndAdjustedDays() {
            assertThat(official.plusWorkingDays(d("2024-12-31"), 1).exact()).isEqualTo(d("2025-01-02"));
            // 2026-01-01..03 off, Sunday 2026-01-04 is an adjusted working day
            assertThat(official.plusWorkingDays(d("2025-12-31"), 1).exact()).isEqualTo(d("2026-01-04"));
        }

        @Test
        void countingIntoAYearThatIsNotLoadedIsAnErrorNamingThatYear() {
            assertThatThrownBy(() -> official.plusWorkingDays(d("2026-12-31"), 1).exact())
                    .isInstanceOfSatisfying(CalendarYearNotLoadedException.class, e -> {
                        assertThat(CalendarYearNotLoadedException.CODE).isEqualTo("CALENDAR_YEAR_NOT_LOADED");
                        assertThat(e.year()).isEqualTo(2027);
                    });
            assertThatThrownBy(() -> official.plusWorkingDays(d("2026-12-20"), 30).exact())
                    .isInstanceOfSatisfying(CalendarYearNotLoadedException.class, e -> assertThat(e.year()).isEqualTo(2027));
        }

        @Test
        void workingDaysBetweenTheAcceptanceAndTheDueDateIsTheFivePromisedDays() {
            assertThat(official.workingDaysBetween(d("2025-09-26"), d("2025-10-10")).exact()).isEqualTo(5);
        }

        @Test
        void theApproachingDayOneWorkingDayBeforeTheDueDateIsThursdayTheNinth() {
            assertThat(official.minusWorkingDays(d("2025-10-10"), 1).exact()).isEqualTo(d("2025-10-09"));
            // and one working day before that Thursday is before the holiday
            assertThat(official.minusWorkingDays(d("2025-10-09"), 1).exact()).isEqualTo(d("2025-09-30"));
            assertThat(official.minusWorkingDays(d("2025-10-10"), 0).exact()).isEqualTo(d("2025-10-10"));
        }
    }

    @Nested
    class Rules {

        @Test
        void aWeekdayNotListedIsWorkedAndAWeekendNotListedIsNot() {
            WorkingDayCalendar calendar = synthetic2030();
            assertThat(calendar.isWorkingDay(d("2030-01-07"))).as("Mon").isTrue();
            assertThat(calendar.isWorkingDay(d("2030-01-06"))).as("Sun").isFalse();
            assertThat(calendar.day(d("2030-01-06")).exact().holiday()).as("an ordinary weekend is no holiday").isNull();
        }

        @Test
        void aListedOffDayIsNotWorkedAndCarriesItsName() {
            WorkingDayCalendar calendar = synthetic2030();
            assertThat(calendar.isWorkingDay(d("2030-01-01"))).as("Tue, listed off").isFalse();
            assertThat(calendar.day(d("2030-01-01")).exact().holiday()).isEqualTo("元旦");
        }

        @Test
        void aListedAdjustedWorkingDayIsWorkedAndIsNoHoliday() {
            WorkingDayCalendar calendar = synthetic2030();
            assertThat(calendar.isWorkingDay(d("2030-01-05"))).as("Sat, listed working").isTrue();
            assertThat(calendar.day(d("2030-01-05")).exact().holiday()).isNull();
        }

        @Test
        void countingStartsTheDayAfterTheTriggeringDate() {
            WorkingDayCalendar calendar = synthetic2030();
            assertThat(calendar.plusWorkingDays(d("2030-01-07"), 1).exact()).as("Mon + 1").isEqualTo(d("2030-01-08"));
            assertThat(calendar.plusWorkingDays(d("2030-01-06"), 1).exact()).as("from a Sunday").isEqualTo(d("2030-01-07"));
            assertThat(calendar.plusWorkingDays(d("2030-01-04"), 1).exact()).as("Fri + 1 = the adjusted Saturday").isEqualTo(d("2030-01-05"));
            assertThat(calendar.plusWorkingDays(d("2030-01-07"), 0).exact()).isEqualTo(d("2030-01-07"));
            assertThat(calendar.plusWorkingDays(d("2030-01-06"), 0).exact()).as("n = 0 returns from, even on a weekend").isEqualTo(d("2030-01-06"));
        }

        @Test
        void workingDaysBetweenExcludesFromIncludesToAndIsNegativeBackwards() {
            WorkingDayCalendar calendar = synthetic2030();
            assertThat(calendar.workingDaysBetween(d("2030-01-07"), d("2030-01-08")).exact()).isEqualTo(1);
            assertThat(calendar.workingDaysBetween(d("2030-01-07"), d("2030-01-07")).exact()).isZero();
            assertThat(calendar.workingDaysBetween(d("2030-01-08"), d("2030-01-07")).exact()).isEqualTo(-1);
            // due Friday 01-11, looked at on Sunday 01-13: late by one working day, not "due today"
            assertThat(calendar.workingDaysBetween(d("2030-01-13"), d("2030-01-11")).exact()).isEqualTo(-1);
            assertThat(calendar.workingDaysBetween(d("2030-01-12"), d("2030-01-14")).exact()).as("Sat → Mon").isEqualTo(1);
            assertThat(calendar.workingDaysBetween(d("2029-12-31"), d("2030-01-07")).exact()).as("01-01 off, Sat 01-05 worked")
                    .isEqualTo(5);
        }

        @Test
        void workingDaysBetweenIsTheInverseOfAddWorkingDays() {
            Random random = new Random(20251010);
            for (int i = 0; i < 4000; i++) {
                LocalDate from = d("2024-03-01").plusDays(random.nextInt(800));
                int n = random.nextInt(120) - 40;
                LocalDate due = official.plusWorkingDays(from, n).exact();
                assertThat(official.workingDaysBetween(from, due).exact()).as("%s + %s = %s", from, n, due).isEqualTo(n);
                assertThat(n == 0 || official.isWorkingDay(due)).as("a counted date is a working day").isTrue();
            }
        }

        @Test
        void aDateInAYearThatIsNotLoadedIsNeverGuessed() {
            WorkingDayCalendar calendar = synthetic2030();
            assertThatThrownBy(() -> calendar.isWorkingDay(d("2031-01-06")))
                    .isInstanceOfSatisfying(CalendarYearNotLoadedException.class, e -> assertThat(e.year()).isEqualTo(2031));
            assertThatThrownBy(() -> calendar.day(d("2029-10-01")).exact().holiday())
                    .isInstanceOfSatisfying(CalendarYearNotLoadedException.class, e -> assertThat(e.year()).isEqualTo(2029));
            assertThatThrownBy(() -> calendar.workingDaysBetween(d("2030-12-30"), d("2031-01-02")).exact())
                    .isInstanceOfSatisfying(CalendarYearNotLoadedException.class, e -> assertThat(e.year()).isEqualTo(2031));
            assertThatThrownBy(() -> calendar.minusWorkingDays(d("2030-01-02"), 2).exact())
                    .isInstanceOfSatisfying(CalendarYearNotLoadedException.class, e -> assertThat(e.year()).isEqualTo(2029));
            assertThatThrownBy(() -> WorkingDayCalendar.of(List.of()).isWorkingDay(d("2025-10-10")))
                    .isInstanceOf(CalendarYearNotLoadedException.class);
        }

        @Test
        void countingIntoAYearNotLoadedGivesTheWeekendsOnlyEstimateFlaggedProvisional() {
            // 2026-12-02 + 30: 2026-12 has 21 working days left after the 2nd (no holidays), 2027 is estimated
            WorkingDate due = official.plusWorkingDays(d("2026-12-02"), 30);
            assertThat(due.provisional()).isTrue();
            assertThat(due.estimatedYears()).containsExactly(2027);
            assertThat(due.date()).isEqualTo(d("2027-01-13"));
            assertThat(official.workingDaysBetween(d("2026-12-02"), due.date()))
                    .isEqualTo(new WorkingDayCount(30, java.util.Set.of(2027)));

            WorkingDate inside = official.plusWorkingDays(d("2026-12-02"), 5);
            assertThat(inside.provisional()).isFalse();
            assertThat(inside.exact()).isEqualTo(d("2026-12-09"));

            CalendarDay newYear = official.day(d("2027-01-01"));
            assertThat(newYear.provisional()).isTrue();
            assertThat(newYear.workingDay()).as("a Friday: the estimate does not know 元旦").isTrue();
            assertThatThrownBy(newYear::exact).isInstanceOf(CalendarYearNotLoadedException.class);
            assertThat(official.day(d("2027-01-02")).workingDay()).as("Saturday").isFalse();
        }

        @Test
        void theEstimateStillHonoursTheRegionsKnownClosedDays() {
            WorkingDayCalendar region = official.withClosedDays(Map.of(d("2027-01-04"), "闭厅"));
            assertThat(region.day(d("2027-01-04"))).isEqualTo(new CalendarDay(d("2027-01-04"), false, "闭厅", true));
            assertThat(region.plusWorkingDays(d("2026-12-31"), 1).date()).as("Fri 01-01 estimated working")
                    .isEqualTo(d("2027-01-01"));
            assertThat(region.plusWorkingDays(d("2027-01-01"), 1).date()).as("Mon 01-04 closed").isEqualTo(d("2027-01-05"));
        }

        @Test
        void loadingTheYearTurnsTheEstimateIntoTheExactDate() {
            YearSchedule y2027 = YearSchedule.of(2027, List.of(
                    new YearSchedule.Entry(d("2027-01-01"), true, "元旦"),
                    new YearSchedule.Entry(d("2027-01-11"), true, "假想闭日")));
            List<YearSchedule> years = new java.util.ArrayList<>(OfficialSchedules.bundled());
            years.add(y2027);
            WorkingDate due = WorkingDayCalendar.of(years).plusWorkingDays(d("2026-12-02"), 30);
            assertThat(due.provisional()).isFalse();
            assertThat(due.exact()).as("two more days off than the estimate").isEqualTo(d("2027-01-15"));
        }

        @Test
        void aGapBetweenLoadedYearsIsNotSkippedOver() {
            List<YearSchedule> all = OfficialSchedules.bundled();
            WorkingDayCalendar without2025 = WorkingDayCalendar.of(all.stream().filter(s -> s.year() != 2025).toList());

            assertThat(without2025.loadedYears()).containsExactly(2024, 2026);
            assertThatThrownBy(() -> without2025.plusWorkingDays(d("2024-12-31"), 1).exact())
                    .isInstanceOfSatisfying(CalendarYearNotLoadedException.class, e -> assertThat(e.year()).isEqualTo(2025));
            assertThat(without2025.isWorkingDay(d("2026-01-04"))).isTrue();
        }

        @Test
        void aNegativeCountCountsBackwardsFromTheDayBefore() {
            assertThat(official.plusWorkingDays(d("2025-10-10"), -1).exact()).isEqualTo(d("2025-10-09"));
            assertThat(official.plusWorkingDays(d("2025-10-09"), -1).exact()).as("back over National Day").isEqualTo(d("2025-09-30"));
            assertThat(official.plusWorkingDays(d("2025-10-12"), -1).exact()).as("from a Sunday: the adjusted Saturday")
                    .isEqualTo(d("2025-10-11"));
            assertThat(official.minusWorkingDays(d("2025-10-10"), 5).exact()).as("the trap backwards").isEqualTo(d("2025-09-26"));
            assertThat(official.minusWorkingDays(d("2025-10-10"), -5).exact()).as("minus a negative count is plus")
                    .isEqualTo(official.plusWorkingDays(d("2025-10-10"), 5).exact());
        }

        @Test
        void anAbsurdCountIsABugNotATimeLimit() {
            assertThatThrownBy(() -> official.plusWorkingDays(d("2025-01-02"), WorkingDayCalendar.MAX_COUNT + 1))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> official.minusWorkingDays(d("2025-01-02"), Integer.MIN_VALUE))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void theSameYearTwiceIsRejected() {
            YearSchedule year = YearSchedule.of(2030, List.of(new YearSchedule.Entry(d("2030-01-01"), true, "元旦")));
            assertThatThrownBy(() -> WorkingDayCalendar.of(List.of(year, year))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class RegionClosedDays {

        private final WorkingDayCalendar region = official.withClosedDays(Map.of(
                d("2025-10-10"), "大厅系统升级闭厅",
                d("2025-10-12"), "周日闭厅",
                d("2025-10-03"), "国庆闭厅"));

        @Test
        void aClosedWorkingDayIsNotWorkedAndNamesTheReason() {
            assertThat(region.isWorkingDay(d("2025-10-10"))).isFalse();
            assertThat(region.day(d("2025-10-10")).exact().holiday()).isEqualTo("大厅系统升级闭厅");
            assertThat(region.closedDays()).containsKeys(d("2025-10-10"));
        }

        @Test
        void theNationalCalendarIsUnchanged() {
            assertThat(official.isWorkingDay(d("2025-10-10"))).isTrue();
            assertThat(official.closedDays()).isEmpty();
        }

        @Test
        void aClosedDayMovesTheDueDateToTheNextWorkingDay() {
            assertThat(region.plusWorkingDays(d("2025-09-26"), 5).exact()).as("Sat 10-11 is an adjusted working day")
                    .isEqualTo(d("2025-10-11"));
            assertThat(region.workingDaysBetween(d("2025-09-26"), d("2025-10-10")).exact()).isEqualTo(4);
        }

        @Test
        void aClosureOnADayAlreadyOffKeepsTheOfficialName() {
            assertThat(region.isWorkingDay(d("2025-10-03"))).isFalse();
            assertThat(region.day(d("2025-10-03")).exact().holiday()).isEqualTo("国庆节、中秋节");
            assertThat(region.isWorkingDay(d("2025-10-12"))).isFalse();
        }

        @Test
        void aClosedDayInAYearThatIsNotLoadedIsStillNotLoaded() {
            WorkingDayCalendar future = official.withClosedDays(Map.of(d("2027-03-01"), "闭厅"));
            assertThatThrownBy(() -> future.isWorkingDay(d("2027-03-01"))).isInstanceOf(CalendarYearNotLoadedException.class);
        }
    }

    @Test
    void regionalCalendarsApplyEachRegionsClosedDaysToThatRegionOnlyAndListThemInOrder() {
        RegionalCalendars calendars = RegionalCalendars.of(OfficialSchedules.bundled(), List.of(
                new ClosedDay("440300", d("2025-10-10"), "闭厅"),
                new ClosedDay("440100", d("2025-11-03"), "闭厅"),
                new ClosedDay("440100", d("2025-10-20"), "闭厅")));
        assertThat(calendars.of("440300").plusWorkingDays(d("2025-09-26"), 5).exact()).isEqualTo(d("2025-10-11"));
        assertThat(calendars.of("440100").plusWorkingDays(d("2025-09-26"), 5).exact()).isEqualTo(d("2025-10-10"));
        assertThat(calendars.of("440304").plusWorkingDays(d("2025-09-26"), 5).exact()).as("no closed days: national")
                .isEqualTo(d("2025-10-10"));
        assertThat(calendars.of(null)).isSameAs(calendars.national());
        assertThat(calendars.closedDays()).extracting(c -> c.region() + " " + c.date())
                .containsExactly("440100 2025-10-20", "440100 2025-11-03", "440300 2025-10-10");
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            "2025-09-26, 0, 2025-09-26",
            "2025-09-26, 1, 2025-09-28",
            "2025-09-26, 3, 2025-09-30",
            "2025-09-26, 4, 2025-10-09",
            "2025-09-26, 5, 2025-10-10",
            "2025-09-26, 6, 2025-10-11",
            "2025-09-26, 7, 2025-10-13",
            "2025-04-30, 1, 2025-05-06",
            "2026-02-13, 1, 2026-02-14",
            "2026-02-14, 1, 2026-02-24",
            "2026-09-24, 1, 2026-09-28",
            "2026-09-30, 1, 2026-10-08",
            "2024-02-09, 1, 2024-02-18",
            "2024-01-01, 20, 2024-01-29" })
    void dueDates(LocalDate from, int n, LocalDate expected) {
        assertThat(official.plusWorkingDays(from, n).exact()).isEqualTo(expected);
    }
}
