package org.example.gov.hotline.ticket;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.calendar.WorkingDate;
import org.example.gov.calendar.WorkingDayCalendar;

/**
 * A handling time limit: either working days on the shared calendar (counting from the day after the start, so a
 * ticket dispatched on Friday with 1 working day is due on the next working day, at its end), or hours on the clock
 * (urgent matters do not wait for Monday).
 */
public record TimeLimit(Integer workingDays, Duration hours) {

    public TimeLimit {
        if ((workingDays == null) == (hours == null) || workingDays != null && workingDays < 1
                || hours != null && (hours.isNegative() || hours.isZero())) {
            throw new IllegalArgumentException("a time limit is a positive number of working days or of hours");
        }
    }

    public static TimeLimit workingDays(int days) {
        return new TimeLimit(days, null);
    }

    public static TimeLimit hours(long hours) {
        return new TimeLimit(null, Duration.ofHours(hours));
    }

    public Deadline from(Instant start, WorkingDayCalendar calendar) {
        if (hours != null) {
            Instant due = start.plus(hours);
            return new Deadline(start, null, due, ShanghaiDate.of(due), false);
        }
        WorkingDate due = calendar.plusWorkingDays(ShanghaiDate.of(start), workingDays);
        return new Deadline(start, workingDays, endOf(due.date()), due.date(), due.provisional());
    }

    /** The first instant after a working day (00:00 Beijing time of the next day). */
    static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ShanghaiDate.ZONE).toInstant();
    }

    @Override
    public String toString() {
        return workingDays != null ? workingDays + " working day(s)" : hours.toHours() + " hour(s)";
    }
}
