package org.example.gov.e2e;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.example.gov.testsupport.ApiClient;

/**
 * The catalogue's loaded calendar years, and a test schedule for a year nobody has published yet. Tests that must run
 * on any day (a tender's bid deadline 25 days ahead crosses into next year every December) load it the way an operator
 * loads next year's official schedule; the schedule is a fixture, never presented as an official one.
 */
final class CalendarYears {

    private CalendarYears() {
    }

    static int firstYearNotLoadedFrom(ApiClient gateway, int year) {
        List<Integer> loaded = new ArrayList<>();
        gateway.get("/api/calendar/years", null).expect(200).body().path("years")
                .forEach(y -> loaded.add(y.path("year").asInt()));
        int candidate = year;
        while (loaded.contains(candidate)) {
            candidate++;
        }
        return candidate;
    }

    /** A test fixture for the year: 1-7 January off. Not an official schedule. */
    static String testSchedule(int year) {
        List<Map<String, Object>> days = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            days.add(Map.of("name", "测试假期", "date", LocalDate.of(year, 1, day).toString(), "isOffDay", true));
        }
        return ApiClient.json(Map.of("year", year, "days", days));
    }
}
