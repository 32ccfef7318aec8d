package org.example.gov.evaluation.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.example.gov.calendar.OfficialSchedules;
import org.example.gov.calendar.WorkingDayCalendar;
import org.example.gov.calendar.YearSchedule;

/** Calendars for tests: the official bundled years, and a fixture year that is clearly not official. */
public final class TestCalendarYears {

    /**
     * A TEST FIXTURE, not the official 2027 schedule (not published when this was written): 元旦 on Friday 01-01 and a
     * made-up day off on Monday 01-04, only so that the exact count differs from the weekends-only estimate.
     */
    public static final YearSchedule TEST_2027 = YearSchedule.of(2027, List.of(
            new YearSchedule.Entry(LocalDate.parse("2027-01-01"), true, "元旦"),
            new YearSchedule.Entry(LocalDate.parse("2027-01-04"), true, "测试假日（测试数据，非官方）")));

    private TestCalendarYears() {
    }

    /** The official years shipped with working-calendar (2024-2026). */
    public static WorkingDayCalendar official() {
        return WorkingDayCalendar.of(OfficialSchedules.bundled());
    }

    /** The official years plus {@link #TEST_2027}. */
    public static WorkingDayCalendar officialAndTest2027() {
        List<YearSchedule> years = new ArrayList<>(OfficialSchedules.bundled());
        years.add(TEST_2027);
        return WorkingDayCalendar.of(years);
    }
}
