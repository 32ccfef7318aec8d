package org.example.gov.catalog.calendar;

import java.util.List;
import java.util.stream.Collectors;

import org.example.gov.platform.problem.PlatformException;

/**
 * 422 {@code CALENDAR_SCHEDULE_INVALID}: a year's holiday schedule breaks the rules (a date outside the year, a
 * date twice, a day without a name...). Nothing is stored. The problem lists every violation with a stable code
 * and the field at fault, so an operator fixes the whole file in one go.
 */
public class InvalidScheduleException extends PlatformException {

    public static final String CODE = "CALENDAR_SCHEDULE_INVALID";

    /** One broken rule: {@code code} is stable (clients switch on it), {@code field} a JSON path such as {@code days[3].date}. */
    public record Violation(String code, String field, String message) {
    }

    private final List<Violation> violations;

    public InvalidScheduleException(Integer year, List<Violation> violations) {
        super(422, CODE, "The holiday schedule for " + year + " is invalid: "
                + violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")),
                String.valueOf(year), String.valueOf(violations.size()));
        this.violations = List.copyOf(violations);
        if (year != null) {
            property("year", year);
        }
        property("violations", this.violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
