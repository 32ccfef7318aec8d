package org.example.gov.cases.casefile;

import java.time.LocalDate;
import java.util.List;

import org.example.gov.calendar.WorkingDate;
import org.example.gov.calendar.WorkingDayCalendar;
import org.example.gov.calendar.WorkingDayCount;
import org.example.gov.platform.problem.BusinessRuleViolationException;

/**
 * The promised clock of an accepted case. It starts at 受理 (counting from the next working day), stops while the
 * case waits for a supplement or a special procedure, and moves the due date by the working days it was stopped;
 * an extension adds working days once. 即办件 have no countdown: due the day they are accepted.
 *
 * <p>A count that runs into a year whose official schedule is not loaded never blocks the step: it takes the
 * weekends-only estimate and the deadline says so ({@code dueDateProvisional}) until {@link #recount} on a calendar
 * that has the year.
 *
 * @param pausedSince the date the clock stopped, null while it runs
 * @param pausedWorkingDays working days added to the due date by pauses so far
 * @param extendedDays working days added by the extension (0 = not extended)
 * @param dueDateProvisional the due date (or a pause it includes) was counted on the weekends-only estimate
 */
public record Deadline(LocalDate startedOn, int promisedDays, boolean instant, LocalDate dueDate, LocalDate pausedSince,
        int pausedWorkingDays, int extendedDays, boolean dueDateProvisional) {

    /** A closed interval the clock stood still: (from, to] in working days. */
    public record Pause(LocalDate from, LocalDate to) {
    }

    public static Deadline start(LocalDate acceptedOn, PinnedItem item, WorkingDayCalendar calendar) {
        if (item.instant()) {
            return new Deadline(acceptedOn, 0, true, acceptedOn, null, 0, 0, false);
        }
        int days = item.promisedDays() != null ? item.promisedDays() : item.legalDays();
        WorkingDate due = calendar.plusWorkingDays(acceptedOn, days);
        return new Deadline(acceptedOn, days, false, due.date(), null, 0, 0, due.provisional());
    }

    public boolean paused() {
        return pausedSince != null;
    }

    public Deadline pause(LocalDate on) {
        return paused() ? this
                : new Deadline(startedOn, promisedDays, instant, dueDate, on, pausedWorkingDays, extendedDays,
                        dueDateProvisional);
    }

    /** Restarts the clock; the due date moves by the working days in (pausedSince, on]. */
    public Deadline resume(LocalDate on, WorkingDayCalendar calendar) {
        if (!paused()) {
            return this;
        }
        if (instant) {
            return new Deadline(startedOn, promisedDays, true, on, null, pausedWorkingDays, extendedDays, false);
        }
        WorkingDayCount stopped = calendar.workingDaysBetween(pausedSince, on);
        int days = Math.max(0, stopped.days());
        WorkingDate due = calendar.plusWorkingDays(dueDate, days);
        return new Deadline(startedOn, promisedDays, false, due.date(), null, pausedWorkingDays + days, extendedDays,
                dueDateProvisional || stopped.provisional() || due.provisional());
    }

    /** 延期: only once, only where the item allows it, up to its maximum, and not after the due date has passed. */
    public Deadline extend(int workingDays, LocalDate today, PinnedItem item, WorkingDayCalendar calendar) {
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
        WorkingDate due = calendar.plusWorkingDays(dueDate, workingDays);
        return new Deadline(startedOn, promisedDays, instant, due.date(), pausedSince, pausedWorkingDays, workingDays,
                dueDateProvisional || due.provisional());
    }

    /** Working days left until the due date (0 on the due date), negative when overdue; frozen while paused. */
    public WorkingDayCount remainingWorkingDays(LocalDate today, WorkingDayCalendar calendar) {
        LocalDate asOf = paused() ? pausedSince : today;
        return calendar.workingDaysBetween(asOf, dueDate);
    }

    /**
     * The same clock counted again from the start on {@code calendar}: due = {@code startedOn} plus the promised, the
     * paused (each ended pause re-counted) and the extended working days. Counting in one go equals counting step by
     * step, since every count lands on a working day; so on an unchanged calendar this returns an equal deadline.
     */
    public Deadline recount(List<Pause> endedPauses, WorkingDayCalendar calendar) {
        if (instant) {
            return this;
        }
        int paused = 0;
        boolean estimated = false;
        for (Pause pause : endedPauses) {
            WorkingDayCount stopped = calendar.workingDaysBetween(pause.from(), pause.to());
            paused += Math.max(0, stopped.days());
            estimated |= stopped.provisional();
        }
        WorkingDate due = calendar.plusWorkingDays(startedOn, promisedDays + paused + extendedDays);
        return new Deadline(startedOn, promisedDays, false, due.date(), pausedSince, paused, extendedDays,
                estimated || due.provisional());
    }
}
