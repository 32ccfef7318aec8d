package org.example.gov.platform.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.example.gov.calendar.ClosedDay;
import org.example.gov.calendar.OfficialSchedules;
import org.example.gov.calendar.RegionalCalendars;
import org.example.gov.calendar.YearSchedule;

/**
 * What a replica holds: the loaded years and every region's closed days, with a fingerprint so a refresh that brings
 * nothing new changes nothing (no write, no revision bump, no recomputation).
 */
record CalendarContent(List<YearSchedule> years, List<ClosedDay> closedDays) {

    CalendarContent {
        years = years.stream().sorted(Comparator.comparingInt(YearSchedule::year)).toList();
        closedDays = closedDays.stream()
                .sorted(Comparator.comparing(ClosedDay::region).thenComparing(ClosedDay::date)).toList();
    }

    RegionalCalendars calendars() {
        return RegionalCalendars.of(years, closedDays);
    }

    /** SHA-256 of the canonical documents: equal content, equal fingerprint. */
    String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (YearSchedule year : years) {
                digest.update(OfficialSchedules.write(year).getBytes(StandardCharsets.UTF_8));
            }
            for (ClosedDay day : closedDays) {
                digest.update((day.region() + '|' + day.date() + '|' + day.reason() + '\n').getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
