package org.example.gov.hotline.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.example.gov.calendar.WorkingDayCalendar;

/**
 * When the department must have replied: {@code dueAt} is the instant that counts (the end of the due date for a limit
 * in working days, start + hours for urgent ones), {@code dueDate} the day people read. The clock started at
 * {@code startedAt} (the dispatch, or the reopening) with {@code workingDays} (null for a limit in hours).
 * {@code provisional}: counted through a year whose official schedule is not loaded (the weekends-only estimate),
 * counted again by {@link #recount} once it is.
 */
public record Deadline(Instant startedAt, Integer workingDays, Instant dueAt, LocalDate dueDate, boolean provisional) {

    public boolean passed(Instant now) {
        return now.isAfter(dueAt);
    }

    /** The same count on {@code calendar}; empty when nothing changes (exact already, or the same estimate). */
    public Optional<Deadline> recount(WorkingDayCalendar calendar) {
        if (!provisional || workingDays == null) {
            return Optional.empty();
        }
        Deadline again = TimeLimit.workingDays(workingDays).from(startedAt, calendar);
        return again.equals(this) ? Optional.empty() : Optional.of(again);
    }

    /**
     * 延期 by {@code days} working days. A limit in working days becomes the longer limit from the same start (so a
     * recount after a calendar change counts the whole of it again); a limit in hours moves to the end of the working
     * day {@code days} after its due date.
     */
    public Deadline extendedBy(int days, WorkingDayCalendar calendar) {
        if (workingDays != null) {
            return TimeLimit.workingDays(workingDays + days).from(startedAt, calendar);
        }
        var due = calendar.plusWorkingDays(dueDate, days);
        return new Deadline(startedAt, null, TimeLimit.endOf(due.date()), due.date(), due.provisional());
    }
}
