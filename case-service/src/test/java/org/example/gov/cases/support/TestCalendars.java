package org.example.gov.cases.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.example.gov.calendar.ClosedDay;
import org.example.gov.calendar.OfficialSchedules;
import org.example.gov.calendar.RegionalCalendars;
import org.example.gov.calendar.YearSchedule;

/** Calendars for tests, all built by working-calendar from its bundled official years (no copy, no hand-made rule). */
public final class TestCalendars {

    /** The official 2024-2026 schedules, no closed days. */
    public static final RegionalCalendars OFFICIAL = RegionalCalendars.of(OfficialSchedules.bundled(), List.of());

    /**
     * A TEST FIXTURE, not the official 2027 schedule (not published when this was written): 元旦 on Fri 1 January and
     * one more day off, Mon 11 January, so that counting 30 working days from 2026-12-02 gives 2027-01-15 exactly,
     * where the weekends-only estimate gives 2027-01-13.
     */
    public static final YearSchedule TEST_2027 = YearSchedule.of(2027, List.of(
            new YearSchedule.Entry(LocalDate.parse("2027-01-01"), true, "元旦"),
            new YearSchedule.Entry(LocalDate.parse("2027-01-11"), true, "测试假日（测试数据）")));

    private TestCalendars() {
    }

    /** The official years plus {@link #TEST_2027}. */
    public static RegionalCalendars withTest2027() {
        List<YearSchedule> years = new ArrayList<>(OfficialSchedules.bundled());
        years.add(TEST_2027);
        return RegionalCalendars.of(years, List.of());
    }

    /** The official years with these regions' closed days. */
    public static RegionalCalendars withClosedDays(ClosedDay... days) {
        return RegionalCalendars.of(OfficialSchedules.bundled(), List.of(days));
    }
}
