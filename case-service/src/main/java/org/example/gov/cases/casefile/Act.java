package org.example.gov.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.example.gov.calendar.RegionalCalendars;
import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.platform.security.Actor;

/**
 * Who performs a transition, in which role, where (hall/window, partner, online channel), when (the instant and the
 * local working date), and the calendars the dates are counted on: a case counts on its own region's calendar (the
 * national one plus that region's closed days), so the aggregate picks it, not the caller.
 */
public record Act(Actor actor, String role, String location, Instant at, RegionalCalendars calendars) {

    public static final ZoneId ZONE = ShanghaiDate.ZONE;
    /** The platform itself, e.g. recounting provisional dates once the calendar year is loaded. */
    public static final Actor SYSTEM = new Actor("system", "系统", Set.of(), null, null);
    public static final String SYSTEM_ROLE = "SYSTEM";

    public static Act system(Instant at, RegionalCalendars calendars) {
        return new Act(SYSTEM, SYSTEM_ROLE, null, at, calendars);
    }

    public LocalDate today() {
        return ShanghaiDate.of(at);
    }
}
