package org.example.gov.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.example.gov.cases.calendar.WorkingCalendar;
import org.example.gov.platform.security.Actor;

/**
 * Who performs a transition, in which role, where (hall/window, partner, online channel), when (the instant and the
 * local working date), and the calendar the dates are counted on.
 */
public record Act(Actor actor, String role, String location, Instant at, WorkingCalendar calendar) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public LocalDate today() {
        return LocalDate.ofInstant(at, ZONE);
    }
}
