package org.example.gov.catalog.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The working-day calendar (工作日历): Monday to Friday, minus statutory holidays, plus the adjusted working weekends
 * (调休上班日) of every loaded {@link YearSchedule}, minus a region's own closed days when built with
 * {@link #withClosedDays}. Immutable, so one instance is shared by every request until the schedule changes.
 *
 * <p>Counting starts the day after the triggering date. A date in a year that is not loaded (asked for, or reached
 * while counting) is never guessed: {@link CalendarYearNotLoadedException}.
 *
 * <p>Days are held in one byte array from 1 January of the first loaded year to 31 December of the last, so a
 * lookup is an array index and {@link #addWorkingDays} is a short walk over it (no database, no allocation per day).
 */
public final class WorkingDayCalendar {

    private static final byte NOT_LOADED = 0;
    private static final byte WORKING = 1;
    private static final byte OFF = 2;

    private static final WorkingDayCalendar EMPTY = new WorkingDayCalendar(Collections.emptySortedMap(), 0, new byte[0], Map.of());

    private final SortedMap<Integer, YearSchedule> years;
    private final long firstEpochDay;
    private final byte[] days;
    private final Map<LocalDate, String> closedDays;

    private WorkingDayCalendar(SortedMap<Integer, YearSchedule> years, long firstEpochDay, byte[] days,
            Map<LocalDate, String> closedDays) {
        this.years = years;
        this.firstEpochDay = firstEpochDay;
        this.days = days;
        this.closedDays = closedDays;
    }

    /** A calendar of the given years (they need not be consecutive: a gap is a year that is not loaded). */
    public static WorkingDayCalendar of(Collection<YearSchedule> schedules) {
        if (schedules.isEmpty()) {
            return EMPTY;
        }
        SortedMap<Integer, YearSchedule> years = new TreeMap<>();
        for (YearSchedule schedule : schedules) {
            if (years.put(schedule.year(), schedule) != null) {
                throw new IllegalArgumentException("year " + schedule.year() + " given twice");
            }
        }
        long first = LocalDate.of(years.firstKey(), 1, 1).toEpochDay();
        long last = LocalDate.of(years.lastKey(), 12, 31).toEpochDay();
        byte[] days = new byte[Math.toIntExact(last - first + 1)];
        for (YearSchedule schedule : years.values()) {
            for (LocalDate date = LocalDate.of(schedule.year(), 1, 1); date.getYear() == schedule.year(); date = date.plusDays(1)) {
                days[(int) (date.toEpochDay() - first)] = schedule.isWorkingDay(date) ? WORKING : OFF;
            }
        }
        return new WorkingDayCalendar(Collections.unmodifiableSortedMap(years), first, days, Map.of());
    }

    /**
     * This calendar plus a region's extra closed days (a hall's own closures), each with its reason. A closed day
     * is never a working day; a closed day in a year that is not loaded stays "not loaded".
     */
    public WorkingDayCalendar withClosedDays(Map<LocalDate, String> closed) {
        if (closed.isEmpty()) {
            return this;
        }
        byte[] copy = days.clone();
        TreeMap<LocalDate, String> merged = new TreeMap<>(closedDays);
        merged.putAll(closed);
        for (LocalDate date : closed.keySet()) {
            long index = date.toEpochDay() - firstEpochDay;
            if (index >= 0 && index < copy.length && copy[(int) index] != NOT_LOADED) {
                copy[(int) index] = OFF;
            }
        }
        return new WorkingDayCalendar(years, firstEpochDay, copy, Collections.unmodifiableSortedMap(merged));
    }

    public boolean isLoaded(int year) {
        return years.containsKey(year);
    }

    public List<Integer> loadedYears() {
        return List.copyOf(years.keySet());
    }

    public Optional<YearSchedule> schedule(int year) {
        return Optional.ofNullable(years.get(year));
    }

    /** The region's closed days this calendar applies (empty for the national calendar). */
    public Map<LocalDate, String> closedDays() {
        return closedDays;
    }

    /** @throws CalendarYearNotLoadedException if the date's year is not loaded */
    public boolean isWorkingDay(LocalDate date) {
        return isWorkingDay(date.toEpochDay());
    }

    /**
     * Why the date is not worked: the festival name of a holiday as the official schedule spells it (e.g.
     * "国庆节、中秋节"), else the reason of a region's closed day; null on a working day and on an ordinary weekend.
     *
     * @throws CalendarYearNotLoadedException if the date's year is not loaded
     */
    public String holidayName(LocalDate date) {
        if (isWorkingDay(date)) {
            return null;
        }
        Optional<YearSchedule.Day> listed = years.get(date.getYear()).day(date);
        if (listed.isPresent() && listed.get().offDay()) {
            return listed.get().name();
        }
        return closedDays.get(date);
    }

    /**
     * The date {@code n} working days after {@code from}, counting from the next day: a case accepted on Friday
     * 2025-09-26 with 5 working days is due on Friday 2025-10-10. {@code n = 0} returns {@code from}.
     *
     * @throws CalendarYearNotLoadedException if counting reaches a year that is not loaded
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        long day = from.toEpochDay();
        for (int counted = 0; counted < n; ) {
            day++;
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return LocalDate.ofEpochDay(day);
    }

    /**
     * The {@code n}-th working day before {@code to}, counting back from the day before: one working day before
     * the due date Friday 2025-10-10 is Thursday 2025-10-09 (the "approaching" warning day). {@code n = 0} returns
     * {@code to}.
     *
     * @throws CalendarYearNotLoadedException if counting reaches a year that is not loaded
     */
    public LocalDate minusWorkingDays(LocalDate to, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        long day = to.toEpochDay();
        for (int counted = 0; counted < n; ) {
            day--;
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return LocalDate.ofEpochDay(day);
    }

    /**
     * Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}.
     * The inverse of {@link #addWorkingDays}: {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
     *
     * @throws CalendarYearNotLoadedException if a date in between lies in a year that is not loaded
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (long day = from.toEpochDay() + 1, end = to.toEpochDay(); day <= end; day++) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private boolean isWorkingDay(long epochDay) {
        long index = epochDay - firstEpochDay;
        if (index < 0 || index >= days.length || days[(int) index] == NOT_LOADED) {
            throw new CalendarYearNotLoadedException(yearOf(epochDay));
        }
        return days[(int) index] == WORKING;
    }

    private static int yearOf(long epochDay) {
        if (epochDay > LocalDate.MAX.toEpochDay()) {
            return LocalDate.MAX.getYear();
        }
        if (epochDay < LocalDate.MIN.toEpochDay()) {
            return LocalDate.MIN.getYear();
        }
        return LocalDate.ofEpochDay(epochDay).getYear();
    }
}
