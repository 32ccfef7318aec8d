package org.example.gov.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * The official schedules shipped with this module ({@code calendar/<year>.json}, the State Council's notices in the
 * holiday-cn format, the same files as {@code shared/data/cn-holidays}). item-catalog-service loads them as its
 * default years; a service's replica falls back on them only when it has never reached the catalogue. A bundled file
 * that is not a valid schedule fails loudly: shipping a wrong official calendar is worse than not starting.
 */
public final class OfficialSchedules {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OfficialSchedules() {
    }

    /** Every bundled year, in year order. */
    public static List<YearSchedule> bundled() {
        List<YearSchedule> years = new ArrayList<>();
        for (int year = YearSchedule.MIN_YEAR; year <= YearSchedule.MAX_YEAR; year++) {
            String name = "calendar/" + year + ".json";
            try (InputStream in = OfficialSchedules.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    continue;
                }
                YearSchedule schedule = read(in).toSchedule();
                if (schedule.year() != year) {
                    throw new IllegalStateException(name + " holds the schedule of " + schedule.year());
                }
                years.add(schedule);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the bundled holiday schedule " + name, e);
            } catch (InvalidScheduleException e) {
                throw new IllegalStateException("The bundled holiday schedule " + name + " is invalid: " + e.getMessage(), e);
            }
        }
        return List.copyOf(years);
    }

    /** A year document (holiday-cn JSON); nothing is checked until {@link HolidayScheduleDocument#toSchedule()}. */
    public static HolidayScheduleDocument read(InputStream json) {
        return JSON.readValue(json, HolidayScheduleDocument.class);
    }

    public static HolidayScheduleDocument read(String json) {
        return JSON.readValue(json, HolidayScheduleDocument.class);
    }

    /** The document of a schedule, as JSON (what a replica stores). */
    public static String write(YearSchedule schedule) {
        return JSON.writeValueAsString(HolidayScheduleDocument.of(schedule));
    }
}
