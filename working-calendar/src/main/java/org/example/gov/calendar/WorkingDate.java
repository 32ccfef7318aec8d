package org.example.gov.calendar;

import java.time.LocalDate;
import java.util.Set;

/**
 * A date counted in working days. {@code provisional} when the count ran through a year whose official schedule is
 * not loaded ({@code estimatedYears}): there the weekends-only estimate was used, and the date is recomputed exactly
 * once the year is loaded. A legal act (accepting a case, opening a rectification ticket) takes the provisional
 * date; an API caller who did not ask for an estimate gets {@link #exact()}.
 */
public record WorkingDate(LocalDate date, Set<Integer> estimatedYears) {

    public WorkingDate {
        estimatedYears = Set.copyOf(estimatedYears);
    }

    public boolean provisional() {
        return !estimatedYears.isEmpty();
    }

    /** @throws CalendarYearNotLoadedException naming the first year that had to be estimated */
    public LocalDate exact() {
        if (provisional()) {
            throw new CalendarYearNotLoadedException(estimatedYears.stream().min(Integer::compare).orElseThrow());
        }
        return date;
    }
}
