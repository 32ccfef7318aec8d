package org.example.gov.platform.calendar;

import org.example.gov.calendar.RegionalCalendars;

/**
 * Told after the replica's calendar changed (a year loaded or corrected, a region's closed days changed) and once
 * after start-up, so a change missed while the service was down is caught up. A service recomputes its provisional
 * dates here (a case's due date counted on the weekends-only estimate of a year now loaded). Runs on the replica's
 * own thread, outside any transaction; it must be idempotent (several replicas of the service may run it at once).
 */
public interface CalendarChangeListener {

    void calendarChanged(RegionalCalendars calendars);
}
