package org.example.gov.cases.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.example.gov.platform.problem.BusinessRuleViolationException;

/**
 * Working-day arithmetic over the official schedules (DOMAIN.md §2): Monday to Friday, minus statutory holidays,
 * plus the adjusted working weekends (调休上班日). Counting starts on the day after the triggering date. A date in a
 * year that is not loaded is never guessed: it is a 422 {@code CALENDAR_YEAR_NOT_LOADED}.
 *
 * <p>Immutable: the replica swaps in a new instance when the catalogue publishes a corrected year.
 */
public final class WorkingCalendar {

    public static final WorkingCalendar EMPTY = new WorkingCalendar(Map.of(), Set.of());

    /** Dates that differ from the weekday rule: true = off day (holiday), false = adjusted working day. */
    private final Map<LocalDate, Boolean> specialDays;
    private final Set<Integer> years;

    public WorkingCalendar(Map<LocalDate, Boolean> specialDays, Set<Integer> years) {
        this.specialDays = Map.copyOf(specialDays);
        this.years = Collections.unmodifiableSet(new TreeSet<>(years));
    }

    public Set<Integer> years() {
        return years;
    }

    public boolean isWorkingDay(LocalDate date) {
        if (!years.contains(date.getYear())) {
            throw new BusinessRuleViolationException("CALENDAR_YEAR_NOT_LOADED", "date",
                    "The working-day calendar for " + date.getYear() + " is not loaded", date.getYear());
        }
        Boolean off = specialDays.get(date);
        if (off != null) {
            return !off;
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The date {@code workingDays} working days after {@code from} (counting from the next day); 0 → {@code from}. */
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        LocalDate date = from;
        int left = workingDays;
        while (left > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    /** The working day {@code workingDays} working days before {@code date} (1 before a Monday due date is the Friday). */
    public LocalDate subtractWorkingDays(LocalDate date, int workingDays) {
        LocalDate day = date;
        int left = workingDays;
        while (left > 0) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working days in {@code (from, to]}; negative when {@code to} is before {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
