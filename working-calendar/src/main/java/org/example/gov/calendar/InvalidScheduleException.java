package org.example.gov.calendar;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A year's holiday schedule breaks the rules (a date outside the year, a date twice, a day without a name...).
 * Services answer it as 422 {@value #CODE} (platform-starter maps it) listing every violation with a stable code
 * and the field at fault, so an operator fixes the whole file in one go.
 */
public class InvalidScheduleException extends RuntimeException {

    public static final String CODE = "CALENDAR_SCHEDULE_INVALID";

    /** One broken rule: {@code code} is stable (clients switch on it), {@code field} a JSON path such as {@code days[3].date}. */
    public record Violation(String code, String field, String message) {
    }

    private final Integer year;
    private final List<Violation> violations;

    public InvalidScheduleException(Integer year, List<Violation> violations) {
        super("The holiday schedule for " + year + " is invalid: "
                + violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
        this.year = year;
        this.violations = List.copyOf(violations);
    }

    /** The year as given (null when it was missing). */
    public Integer year() {
        return year;
    }

    public List<Violation> violations() {
        return violations;
    }
}
