package org.example.gov.hotline.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.example.gov.calendar.RegionalCalendars;
import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.platform.security.Actor;

/**
 * Who performs a transition, in which role, when, the calendars dates are counted on (a ticket counts on its own
 * region's), and the handling rules in force.
 */
public record Act(Actor actor, String role, Instant at, RegionalCalendars calendars, HandlingPolicy policy) {

    /** The platform itself: the supervision jobs. */
    public static final Actor SYSTEM = new Actor("system", "系统", Set.of(), null, null);
    public static final String SYSTEM_ROLE = "SYSTEM";

    public static Act system(Instant at, RegionalCalendars calendars, HandlingPolicy policy) {
        return new Act(SYSTEM, SYSTEM_ROLE, at, calendars, policy);
    }

    public LocalDate today() {
        return ShanghaiDate.of(at);
    }
}
