package org.example.gov.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One year's official holiday schedule as the State Council publishes it: the dates that differ from the
 * Monday-Friday rule. An off day ({@code offDay = true}) is a statutory holiday or a day off around it; a working
 * day ({@code offDay = false}) is an adjusted working weekend (调休上班日). Every other date of the year follows
 * Monday-Friday.
 *
 * <p>Validated when built: the year is plausible, there is at least one day (an empty schedule would silently turn
 * the year into a Monday-Friday guess), every date lies inside the year and appears once, every day has a name and
 * an off-day flag, and an adjusted working day falls on a weekend (on a weekday it would change nothing, so it is a
 * typo). All violations are reported together.
 */
public final class YearSchedule {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    public static final int MAX_NAME_LENGTH = 100;

    /** A day as submitted (from a file or a request): any part may be missing, {@link #of} says what is wrong. */
    public record Entry(LocalDate date, Boolean offDay, String name) {
    }

    /** A validated day of the schedule. */
    public record Day(LocalDate date, boolean offDay, String name) {
    }

    private final int year;
    private final Map<LocalDate, Day> days;
    private final int offDays;
    private final int adjustedWorkingDays;
    private final int workingDays;

    private YearSchedule(int year, Map<LocalDate, Day> days) {
        this.year = year;
        this.days = Collections.unmodifiableMap(days);
        this.offDays = (int) days.values().stream().filter(Day::offDay).count();
        this.adjustedWorkingDays = days.size() - offDays;
        int count = 0;
        for (LocalDate date = LocalDate.of(year, 1, 1); date.getYear() == year; date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        this.workingDays = count;
    }

    /**
     * Validates and builds a schedule.
     *
     * @throws InvalidScheduleException listing every violation
     */
    public static YearSchedule of(Integer year, List<Entry> entries) {
        List<InvalidScheduleException.Violation> violations = new ArrayList<>();
        if (year == null) {
            violations.add(new InvalidScheduleException.Violation("YEAR_MISSING", "year", "the year is missing"));
        } else if (year < MIN_YEAR || year > MAX_YEAR) {
            violations.add(new InvalidScheduleException.Violation("YEAR_OUT_OF_RANGE", "year",
                    "the year must be between " + MIN_YEAR + " and " + MAX_YEAR));
        }
        if (entries == null || entries.isEmpty()) {
            violations.add(new InvalidScheduleException.Violation("NO_DAYS", "days",
                    "a schedule lists at least one holiday; an empty one would make the year a Monday-Friday guess"));
        }
        Map<LocalDate, Day> days = new TreeMap<>();
        Set<LocalDate> seen = new HashSet<>();
        List<Entry> list = entries == null ? List.of() : entries;
        for (int i = 0; i < list.size(); i++) {
            String at = "days[" + i + "]";
            Entry entry = list.get(i);
            if (entry == null) {
                violations.add(new InvalidScheduleException.Violation("DAY_MISSING", at, "the day is empty"));
                continue;
            }
            boolean valid = true;
            if (entry.name() == null || entry.name().isBlank()) {
                violations.add(new InvalidScheduleException.Violation("NAME_MISSING", at + ".name", "the day has no name"));
                valid = false;
            } else if (entry.name().strip().length() > MAX_NAME_LENGTH) {
                violations.add(new InvalidScheduleException.Violation("NAME_TOO_LONG", at + ".name",
                        "the name is longer than " + MAX_NAME_LENGTH + " characters"));
                valid = false;
            }
            if (entry.offDay() == null) {
                violations.add(new InvalidScheduleException.Violation("OFF_DAY_FLAG_MISSING", at + ".isOffDay",
                        "isOffDay must be true (holiday) or false (adjusted working day)"));
                valid = false;
            }
            LocalDate date = entry.date();
            if (date == null) {
                violations.add(new InvalidScheduleException.Violation("DATE_MISSING", at + ".date", "the date is missing"));
                continue;
            }
            if (year != null && date.getYear() != year) {
                violations.add(new InvalidScheduleException.Violation("DATE_OUTSIDE_YEAR", at + ".date",
                        date + " is not in " + year));
                valid = false;
            }
            if (Boolean.FALSE.equals(entry.offDay()) && !isWeekend(date)) {
                violations.add(new InvalidScheduleException.Violation("ADJUSTED_WORKING_DAY_NOT_WEEKEND", at + ".date",
                        date + " is a " + date.getDayOfWeek() + "; an adjusted working day (isOffDay=false) is a Saturday or Sunday"));
                valid = false;
            }
            if (!seen.add(date)) {
                violations.add(new InvalidScheduleException.Violation("DUPLICATE_DATE", at + ".date",
                        date + " appears more than once"));
                valid = false;
            }
            if (valid) {
                days.put(date, new Day(date, entry.offDay(), entry.name().strip()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidScheduleException(year, violations);
        }
        return new YearSchedule(year, days);
    }

    public int year() {
        return year;
    }

    /** The listed days in date order. */
    public List<Day> days() {
        return List.copyOf(days.values());
    }

    public Optional<Day> day(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    /** Statutory holidays and days off listed for the year. */
    public int offDays() {
        return offDays;
    }

    /** Adjusted working weekends (调休上班日) listed for the year. */
    public int adjustedWorkingDays() {
        return adjustedWorkingDays;
    }

    /** How many working days the whole year has under this schedule. */
    public int workingDays() {
        return workingDays;
    }

    /** The national rule for a date of this year: the listed flag if the date is listed, else Monday-Friday. */
    public boolean isWorkingDay(LocalDate date) {
        if (date.getYear() != year) {
            throw new IllegalArgumentException(date + " is not in " + year);
        }
        Day day = days.get(date);
        return day != null ? !day.offDay() : !isWeekend(date);
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}
