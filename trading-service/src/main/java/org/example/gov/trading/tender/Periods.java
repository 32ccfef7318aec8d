package org.example.gov.trading.tender;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.calendar.WorkingDayCalendar;

/**
 * Period arithmetic on the shared working-day calendar. A period counts from the day after its event (民法典 第201条);
 * one whose last day is not a working day ends on the next working day (民法典 第203条). Dates are Asia/Shanghai.
 */
final class Periods {

    private final WorkingDayCalendar calendar;

    Periods(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** The last day of a period of {@code days} calendar days from {@code event}, moved to a working day. */
    LocalDate endOfDays(LocalDate event, int days) {
        return workingDayOnOrAfter(event.plusDays(days));
    }

    /** The last day of a period of {@code n} working days from {@code event}. */
    LocalDate endOfWorkingDays(LocalDate event, int n) {
        return calendar.plusWorkingDays(event, n).exact();
    }

    LocalDate end(LocalDate event, int n, boolean workingDays) {
        return workingDays ? endOfWorkingDays(event, n) : endOfDays(event, n);
    }

    LocalDate workingDayOnOrAfter(LocalDate day) {
        return calendar.isWorkingDay(day) ? day : calendar.plusWorkingDays(day, 1).exact();
    }

    /** The same Beijing time of day as {@code keepTimeOf}, on {@code day}. */
    static Instant at(LocalDate day, Instant keepTimeOf) {
        LocalTime time = ZonedDateTime.ofInstant(keepTimeOf, ShanghaiDate.ZONE).toLocalTime();
        return day.atTime(time).atZone(ShanghaiDate.ZONE).toInstant();
    }
}
