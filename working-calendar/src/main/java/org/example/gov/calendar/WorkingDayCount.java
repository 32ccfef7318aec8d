package org.example.gov.calendar;

import java.util.Set;

/** A signed number of working days; {@code provisional} as for {@link WorkingDate}. */
public record WorkingDayCount(int days, Set<Integer> estimatedYears) {

    public WorkingDayCount {
        estimatedYears = Set.copyOf(estimatedYears);
    }

    public boolean provisional() {
        return !estimatedYears.isEmpty();
    }

    /** @throws CalendarYearNotLoadedException naming the first year that had to be estimated */
    public int exact() {
        if (provisional()) {
            throw new CalendarYearNotLoadedException(estimatedYears.stream().min(Integer::compare).orElseThrow());
        }
        return days;
    }
}
