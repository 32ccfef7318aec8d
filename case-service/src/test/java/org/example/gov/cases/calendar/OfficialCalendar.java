package org.example.gov.cases.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official 2024-2026 schedules exactly as item-catalog-service ships them (its resources are the single copy in
 * the repository), for tests that must compute dates on the real calendar.
 */
public final class OfficialCalendar {

    public static final Path DIRECTORY = Path.of("../item-catalog-service/src/main/resources/calendar");
    private static final WorkingCalendar CALENDAR = load();

    private OfficialCalendar() {
    }

    public static WorkingCalendar get() {
        return CALENDAR;
    }

    public static String yearJson(int year) {
        try {
            return Files.readString(DIRECTORY.resolve(year + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WorkingCalendar load() {
        Map<LocalDate, Boolean> special = new HashMap<>();
        Set<Integer> years = new HashSet<>();
        JsonMapper json = JsonMapper.builder().build();
        for (int year = 2024; year <= 2026; year++) {
            JsonNode root = json.readTree(yearJson(year));
            years.add(year);
            root.path("days").forEach(d -> special.put(LocalDate.parse(d.path("date").asString()), d.path("isOffDay").asBoolean()));
        }
        return new WorkingCalendar(special, years);
    }
}
