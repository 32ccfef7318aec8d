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
}
