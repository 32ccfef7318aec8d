package org.example.gov.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The working-day calendar (工作日历): Monday to Friday, minus statutory holidays, plus the adjusted working weekends
 * (调休上班日) of every loaded {@link YearSchedule}, minus a region's own closed days when built with
 * {@link #withClosedDays}. Immutable, so one instance is shared by every request until the schedule changes.
 *
 * <p>The one meaning of a count, used by every service:
 * <ul>
 * <li>{@link #plusWorkingDays plusWorkingDays(from, n)} counts from the day after {@code from}: a case accepted on
 * Friday 2025-09-26 with 5 working days is due on Friday 2025-10-10. {@code n = 0} is {@code from} itself (even on
 * a day off); a negative {@code n} counts backwards from the day before: {@code plusWorkingDays(2025-10-10, -1)} is
 * Thursday 2025-10-09, the "approaching" day.
 * <li>{@link #workingDaysBetween workingDaysBetween(from, to)} is signed: the working days in {@code (from, to]}
 * when {@code to} is not before {@code from}, minus those in {@code [to, from)} when it is. So it is the exact
 * inverse of the first for every date and every {@code n}: {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n};
 * a case due on Friday looked at on Sunday is -1 (late), never 0.
 * </ul>
 *
 * <p>A date in a year that is not loaded is never passed off as exact. Counting through it uses the weekends-only
 * estimate (Monday to Friday, minus the region's known closed days) and the answer says so:
 * {@link WorkingDate#provisional()}, {@link WorkingDayCount#provisional()}, {@link CalendarDay#provisional()}. Their
 * {@code exact()} throws {@link CalendarYearNotLoadedException} for callers that must not estimate.
 *
 * <p>Loaded days are held in one byte array from 1 January of the first loaded year to 31 December of the last, so
 * a lookup is an array index and a count is a short walk over it (no database, no allocation per day).
 */
public final class WorkingDayCalendar {

    /** Counts longer than this (about 400 years) are a bug in the caller, not a time limit. */
    public static final int MAX_COUNT = 100_000;

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
     * This calendar plus a region's extra closed days (a hall's own closures), each with its reason. A closed day is
     * never a working day, in a loaded year and in an estimated one alike.
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

    /**
     * The date with whether it is worked and why not: the festival name of a holiday as the official schedule spells
     * it (e.g. "国庆节、中秋节"), else the reason of a region's closed day; null on a working day and an ordinary
     * weekend. Provisional (weekends-only) when the date's year is not loaded.
     */
    public CalendarDay day(LocalDate date) {
        long epochDay = date.toEpochDay();
        byte state = state(epochDay);
        if (state == NOT_LOADED) {
            String closed = closedDays.get(date);
            return new CalendarDay(date, closed == null && !isWeekend(epochDay), closed, true);
        }
        if (state == WORKING) {
            return new CalendarDay(date, true, null, false);
        }
        Optional<YearSchedule.Day> listed = years.get(date.getYear()).day(date);
        String name = listed.isPresent() && listed.get().offDay() ? listed.get().name() : closedDays.get(date);
        return new CalendarDay(date, false, name, false);
    }

    /** @throws CalendarYearNotLoadedException if the date's year is not loaded */
    public boolean isWorkingDay(LocalDate date) {
        return day(date).exact().workingDay();
    }

    /**
     * The {@code n}-th working day after {@code from} (counting from the next day); backwards from the day before
     * for a negative {@code n}; {@code from} itself for 0. See the class comment.
     */
    public WorkingDate plusWorkingDays(LocalDate from, int n) {
        checkCount(n);
        int step = n > 0 ? 1 : -1;
        Estimated estimated = new Estimated();
        long day = from.toEpochDay();
        for (int left = Math.abs(n); left > 0; ) {
            day += step;
            if (isWorking(day, estimated)) {
                left--;
            }
        }
        return new WorkingDate(LocalDate.ofEpochDay(day), estimated.years());
    }

    /** {@code plusWorkingDays(to, -n)}: one working day before the due date Friday 2025-10-10 is Thursday 2025-10-09. */
    public WorkingDate minusWorkingDays(LocalDate to, int n) {
        checkCount(n);
        return plusWorkingDays(to, -n);
    }

    /** Working days from {@code from} to {@code to}, signed; the inverse of {@link #plusWorkingDays}. See the class comment. */
    public WorkingDayCount workingDaysBetween(LocalDate from, LocalDate to) {
        Estimated estimated = new Estimated();
        long start = from.toEpochDay();
        long end = to.toEpochDay();
        int count = 0;
        if (end >= start) {
            for (long day = start + 1; day <= end; day++) {
                if (isWorking(day, estimated)) {
                    count++;
                }
            }
        } else {
            for (long day = end; day < start; day++) {
                if (isWorking(day, estimated)) {
                    count--;
                }
            }
        }
        return new WorkingDayCount(count, estimated.years());
    }

    private boolean isWorking(long epochDay, Estimated estimated) {
        byte state = state(epochDay);
        if (state != NOT_LOADED) {
            return state == WORKING;
        }
        estimated.add(yearOf(epochDay));
        return !isWeekend(epochDay) && (closedDays.isEmpty() || !closedDays.containsKey(LocalDate.ofEpochDay(epochDay)));
    }

    private byte state(long epochDay) {
        long index = epochDay - firstEpochDay;
        return index < 0 || index >= days.length ? NOT_LOADED : days[(int) index];
    }

    /** 1970-01-01 (epoch day 0) was a Thursday: Monday = 0 ... Saturday = 5, Sunday = 6. */
    private static boolean isWeekend(long epochDay) {
        return Math.floorMod(epochDay + 3, 7) >= 5;
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

    private static void checkCount(int n) {
        if (n > MAX_COUNT || n < -MAX_COUNT) {
            throw new IllegalArgumentException("a count of " + n + " working days is out of range");
        }
    }

    /** The years a count had to estimate; allocates nothing while every day it meets is loaded. */
    private static final class Estimated {

        private Set<Integer> years;

        void add(int year) {
            if (years == null) {
                years = new TreeSet<>();
            }
            years.add(year);
        }

        Set<Integer> years() {
            return years == null ? Set.of() : Collections.unmodifiableSet(years);
        }
    }
}
