package org.example.gov.cases.supervision;

import java.time.LocalDate;

import org.example.gov.calendar.WorkingDate;
import org.example.gov.calendar.WorkingDayCalendar;
import org.example.gov.calendar.WorkingDayCount;
import org.example.gov.cases.supervision.config.SupervisionPolicy;

/**
 * A deadline warning about one case. {@code referenceDate} is the date it is about (due date, pre-review due date,
 * receipt date): one warning per case, kind and reference date, so a due date moved by an extension (or recounted
 * once its year is loaded) gets its own. {@code provisional}: the reference date or a count behind the warning is
 * the weekends-only estimate of a year not loaded; the warning is raised all the same.
 */
public record Warning(OpenCase subject, WarningKind kind, String level, LocalDate referenceDate,
        Integer remainingWorkingDays, boolean provisional) {

    /**
     * The warning of {@code kind} that applies to the case today, or null. Only the candidates of that kind are asked
     * (the repository selects them), so the date checks here are the whole rule. {@code calendar} is the case's
     * region's.
     */
    public static Warning due(OpenCase c, WarningKind kind, LocalDate today, WorkingDayCalendar calendar,
            SupervisionPolicy policy) {
        String level = policy.level(c.region(), kind);
        return switch (kind) {
            case PRE_REVIEW_LATE -> today.isAfter(c.preReviewDue())
                    ? new Warning(c, kind, level, c.preReviewDue(), null, c.preReviewDueProvisional()) : null;
            case NOT_ACCEPTED -> {
                WorkingDayCount waited = calendar.workingDaysBetween(c.receivedOn(), today);
                yield waited.days() > policy.notAcceptedDays(c.region())
                        ? new Warning(c, kind, level, c.receivedOn(), null, waited.provisional()) : null;
            }
            case APPROACHING -> {
                WorkingDate from = calendar.minusWorkingDays(c.dueDate(), policy.approachingDays(c.region()));
                if (today.isBefore(from.date()) || !today.isBefore(c.dueDate())) {
                    yield null;
                }
                WorkingDayCount left = calendar.workingDaysBetween(today, c.dueDate());
                yield new Warning(c, kind, level, c.dueDate(), left.days(),
                        c.dueDateProvisional() || from.provisional() || left.provisional());
            }
            case DUE_TODAY -> today.equals(c.dueDate())
                    ? new Warning(c, kind, level, c.dueDate(), 0, c.dueDateProvisional()) : null;
            case OVERDUE -> {
                if (!today.isAfter(c.dueDate())) {
                    yield null;
                }
                WorkingDayCount left = calendar.workingDaysBetween(today, c.dueDate());
                yield new Warning(c, kind, level, c.dueDate(), left.days(),
                        c.dueDateProvisional() || left.provisional());
            }
        };
    }
}
