package org.example.gov.cases.casefile;

import java.time.LocalDate;

import org.example.gov.cases.calendar.WorkingCalendar;
import org.example.gov.platform.problem.BusinessRuleViolationException;

/**
 * The promised clock of an accepted case. It starts at 受理 (counting from the next working day), stops while the
 * case waits for a supplement or a special procedure, and moves the due date by the working days it was stopped;
 * an extension adds working days once. 即办件 have no countdown: due the day they are accepted.
 *
 * @param pausedSince the date the clock stopped, null while it runs
 * @param pausedWorkingDays working days added to the due date by pauses so far
 * @param extendedDays working days added by the extension (0 = not extended)
 */
public record Deadline(LocalDate startedOn, int promisedDays, boolean instant, LocalDate dueDate, LocalDate pausedSince,
        int pausedWorkingDays, int extendedDays) {

    public static Deadline start(LocalDate acceptedOn, PinnedItem item, WorkingCalendar calendar) {
        if (item.instant()) {
            return new Deadline(acceptedOn, 0, true, acceptedOn, null, 0, 0);
        }
        int days = item.promisedDays() != null ? item.promisedDays() : item.legalDays();
        return new Deadline(acceptedOn, days, false, calendar.addWorkingDays(acceptedOn, days), null, 0, 0);
    }

    public boolean paused() {
        return pausedSince != null;
    }

    public Deadline pause(LocalDate on) {
        return paused() ? this : new Deadline(startedOn, promisedDays, instant, dueDate, on, pausedWorkingDays, extendedDays);
    }

    /** Restarts the clock; the due date moves by the working days in (pausedSince, on]. */
    public Deadline resume(LocalDate on, WorkingCalendar calendar) {
        if (!paused()) {
            return this;
        }
        int stopped = instant ? 0 : Math.max(0, calendar.workingDaysBetween(pausedSince, on));
        LocalDate due = instant ? on : calendar.addWorkingDays(dueDate, stopped);
        return new Deadline(startedOn, promisedDays, instant, due, null, pausedWorkingDays + stopped, extendedDays);
    }

    /** 延期: only once, only where the item allows it, up to its maximum, and not after the due date has passed. */
    public Deadline extend(int workingDays, LocalDate today, PinnedItem item, WorkingCalendar calendar) {
        if (instant || !item.extensionAllowed()) {
            throw new BusinessRuleViolationException("EXTENSION_NOT_ALLOWED", "workingDays",
                    "Item " + item.code() + " does not allow an extension", item.code());
        }
        if (extendedDays > 0) {
            throw new BusinessRuleViolationException("ALREADY_EXTENDED", "workingDays",
                    "The case was already extended by " + extendedDays + " working days", extendedDays);
        }
        if (item.extensionMaxDays() != null && workingDays > item.extensionMaxDays()) {
            throw new BusinessRuleViolationException("EXTENSION_TOO_LONG", "workingDays",
                    "At most " + item.extensionMaxDays() + " working days", item.extensionMaxDays());
        }
        if (today.isAfter(dueDate)) {
            throw new BusinessRuleViolationException("EXTENSION_AFTER_DUE_DATE", "workingDays",
                    "The due date " + dueDate + " has passed: an extension must be granted before it", dueDate);
        }
        return new Deadline(startedOn, promisedDays, instant, calendar.addWorkingDays(dueDate, workingDays), pausedSince,
                pausedWorkingDays, workingDays);
    }

    /** Working days left until the due date (0 on the due date), negative when overdue; frozen while paused. */
    public int remainingWorkingDays(LocalDate today, WorkingCalendar calendar) {
        LocalDate asOf = paused() ? pausedSince : today;
        return calendar.workingDaysBetween(asOf, dueDate);
    }
}
