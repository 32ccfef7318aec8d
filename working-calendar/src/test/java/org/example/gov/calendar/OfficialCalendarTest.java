package org.example.gov.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every date of 2024, 2025 and 2026 against the official schedules. The expectation is computed here from the raw
 * JSON tree (weekday rule + the file's overrides) without the production parser or domain rules; the calendar under
 * test is the one the service builds from the same bundled files.
 */
class OfficialCalendarTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static WorkingDayCalendar calendar;

    @BeforeAll
    static void buildTheServiceCalendar() {
        calendar = WorkingDayCalendar.of(OfficialSchedules.bundled());
    }

    /** date → [isOffDay, name] straight from the file. */
    private static Map<LocalDate, Object[]> overrides(int year) throws IOException {
        try (InputStream in = OfficialCalendarTest.class.getResourceAsStream("/calendar/" + year + ".json")) {
            assertThat(in).as("bundled calendar/%s.json", year).isNotNull();
            JsonNode root = JSON.readTree(in);
            assertThat(root.path("year").asInt()).isEqualTo(year);
            Map<LocalDate, Object[]> result = new HashMap<>();
            for (JsonNode day : root.path("days")) {
                result.put(LocalDate.parse(day.path("date").asString()),
                        new Object[] { day.path("isOffDay").asBoolean(), day.path("name").asString() });
            }
            return result;
        }
    }

    @ParameterizedTest(name = "{0}: every date as the State Council published it, {1} working days")
    @CsvSource({ "2024, 251, 366", "2025, 248, 365", "2026, 248, 365" })
    void everyDateOfTheYearMatchesTheOfficialSchedule(int year, int expectedWorkingDays, int expectedDates) throws IOException {
        Map<LocalDate, Object[]> overrides = overrides(year);
        List<String> mismatches = new ArrayList<>();
        int dates = 0;
        int workingDays = 0;
        for (LocalDate date = LocalDate.of(year, 1, 1); date.getYear() == year; date = date.plusDays(1)) {
            dates++;
            Object[] override = overrides.get(date);
            boolean weekday = date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
            boolean expected = override == null ? weekday : !(Boolean) override[0];
            String expectedName = override != null && (Boolean) override[0] ? (String) override[1] : null;
            if (expected) {
                workingDays++;
            }
            if (calendar.isWorkingDay(date) != expected) {
                mismatches.add(date + " " + date.getDayOfWeek() + ": expected " + (expected ? "working" : "off"));
            }
            String name = calendar.day(date).exact().holiday();
            if (!Objects.equals(name, expectedName)) {
                mismatches.add(date + ": expected holiday " + expectedName + " but was " + name);
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(dates).isEqualTo(expectedDates);
        // counted independently from the same files (weekday rule + overrides) when the files were added
        assertThat(workingDays).isEqualTo(expectedWorkingDays);
        assertThat(calendar.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31)).exact()).isEqualTo(expectedWorkingDays);
        assertThat(calendar.schedule(year)).get().extracting(YearSchedule::workingDays).isEqualTo(expectedWorkingDays);
    }

    @Test
    void theBundledDefaultsAreTheThreeOfficialYearsWithEveryListedDay() {
        List<YearSchedule> defaults = OfficialSchedules.bundled();
        assertThat(defaults).extracting(YearSchedule::year).containsExactly(2024, 2025, 2026);
        assertThat(defaults).extracting(s -> s.days().size()).containsExactly(36, 33, 39);
        assertThat(defaults).extracting(YearSchedule::adjustedWorkingDays).containsExactly(8, 5, 6);
    }
}
