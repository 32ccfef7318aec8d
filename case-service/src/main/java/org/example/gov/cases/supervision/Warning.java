package org.example.gov.cases.supervision;

import java.time.LocalDate;

import org.example.gov.cases.calendar.WorkingCalendar;
import org.example.gov.cases.supervision.config.SupervisionPolicy;

/**
 * A deadline warning about one case. {@code referenceDate} is the date it is about (due date, pre-review due date,
 * receipt date): one warning per case, kind and reference date, so a due date moved by an extension gets its own.
 */
public record Warning(OpenCase subject, WarningKind kind, String level, LocalDate referenceDate, Integer remainingWorkingDays) {

    /**
     * The warning of {@code kind} that applies to the case today, or null. Only the candidates of that kind are asked
     * (the repository selects them), so the date checks here are the whole rule.
     */
    public static Warning due(OpenCase c, WarningKind kind, LocalDate today, WorkingCalendar calendar, SupervisionPolicy policy) {
        String level = policy.level(c.region(), kind);
        return switch (kind) {
            case PRE_REVIEW_LATE -> today.isAfter(c.preReviewDue())
                    ? new Warning(c, kind, level, c.preReviewDue(), null) : null;
            case NOT_ACCEPTED -> calendar.workingDaysBetween(c.receivedOn(), today) > policy.notAcceptedDays(c.region())
                    ? new Warning(c, kind, level, c.receivedOn(), null) : null;
            case APPROACHING -> {
                LocalDate from = calendar.subtractWorkingDays(c.dueDate(), policy.approachingDays(c.region()));
                yield !today.isBefore(from) && today.isBefore(c.dueDate())
                        ? new Warning(c, kind, level, c.dueDate(), calendar.workingDaysBetween(today, c.dueDate())) : null;
            }
            case DUE_TODAY -> today.equals(c.dueDate()) ? new Warning(c, kind, level, c.dueDate(), 0) : null;
            case OVERDUE -> today.isAfter(c.dueDate())
                    ? new Warning(c, kind, level, c.dueDate(), calendar.workingDaysBetween(today, c.dueDate())) : null;
        };
    }
}
