package org.example.gov.calendar;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A year's schedule in the format of the open dataset {@code holiday-cn} (the files in {@code calendar/}, the body
 * of {@code PUT /api/calendar/years/{year}}, and what replicas store): {@code year} and
 * {@code days[{name, date, isOffDay}]}; other members ({@code $schema}, {@code papers}...) are ignored. Nothing is
 * checked here: {@link YearSchedule#of} does it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HolidayScheduleDocument(Integer year, List<DayDocument> days) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DayDocument(String name, LocalDate date, @JsonProperty("isOffDay") Boolean isOffDay) {

        public static DayDocument of(YearSchedule.Day day) {
            return new DayDocument(day.name(), day.date(), day.offDay());
        }
    }

    public static HolidayScheduleDocument of(YearSchedule schedule) {
        return new HolidayScheduleDocument(schedule.year(), schedule.days().stream().map(DayDocument::of).toList());
    }

    public List<YearSchedule.Entry> entries() {
        return days == null ? null
                : days.stream().map(d -> d == null ? null : new YearSchedule.Entry(d.date(), d.isOffDay(), d.name())).toList();
    }

    public YearSchedule toSchedule() {
        return YearSchedule.of(year, entries());
    }
}
