package org.example.gov.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The national calendar and, for every region with closed days (闭厅), the national calendar plus those days. What a
 * service counts a region's time limits on: a closed day of 440300 moves the due dates of 440300's cases and of no
 * other region's. Built once per change of the schedules, then shared read-only.
 */
public final class RegionalCalendars {

    private static final RegionalCalendars EMPTY = of(List.of(), List.of());

    private final WorkingDayCalendar national;
    private final Map<String, WorkingDayCalendar> regional;
    private final Map<String, List<ClosedDay>> closedDays;

    private RegionalCalendars(WorkingDayCalendar national, Map<String, WorkingDayCalendar> regional,
            Map<String, List<ClosedDay>> closedDays) {
        this.national = national;
        this.regional = regional;
        this.closedDays = closedDays;
    }

    public static RegionalCalendars empty() {
        return EMPTY;
    }

    public static RegionalCalendars of(Collection<YearSchedule> years, Collection<ClosedDay> closed) {
        WorkingDayCalendar national = WorkingDayCalendar.of(years);
        Map<String, List<ClosedDay>> byRegion = new TreeMap<>();
        closed.forEach(d -> byRegion.computeIfAbsent(d.region(), r -> new ArrayList<>()).add(d));
        Map<String, WorkingDayCalendar> regional = new HashMap<>();
        byRegion.forEach((region, days) -> {
            Map<LocalDate, String> reasons = new LinkedHashMap<>();
            days.forEach(d -> reasons.put(d.date(), d.reason()));
            regional.put(region, national.withClosedDays(reasons));
        });
        byRegion.replaceAll((region, days) -> days.stream().sorted(Comparator.comparing(ClosedDay::date)).toList());
        return new RegionalCalendars(national, Map.copyOf(regional), Collections.unmodifiableMap(byRegion)); // keeps region order
    }

    public WorkingDayCalendar national() {
        return national;
    }

    /** The calendar of a region's halls ({@code null} = the national calendar). */
    public WorkingDayCalendar of(String region) {
        return region == null ? national : regional.getOrDefault(region, national);
    }

    public List<ClosedDay> closedDays(String region) {
        return closedDays.getOrDefault(region, List.of());
    }

    /** Every region's closed days, ordered by region and date. */
    public List<ClosedDay> closedDays() {
        return closedDays.values().stream().flatMap(List::stream).toList();
    }

    public List<Integer> loadedYears() {
        return national.loadedYears();
    }

    public boolean isLoaded(int year) {
        return national.isLoaded(year);
    }
}
