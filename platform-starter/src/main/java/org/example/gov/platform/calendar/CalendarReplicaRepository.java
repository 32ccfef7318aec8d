package org.example.gov.platform.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.example.gov.calendar.ClosedDay;
import org.example.gov.calendar.OfficialSchedules;
import org.example.gov.calendar.YearSchedule;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The replica's tables in the service's own schema (db/calendar-replica/V0_3__calendar_replica.sql). */
class CalendarReplicaRepository {

    /** The stored revision and the fingerprint of what it holds. */
    record State(long revision, String fingerprint) {
    }

    private final JdbcClient jdbc;

    CalendarReplicaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    State state() {
        return jdbc.sql("SELECT revision, fingerprint FROM calendar_replica_state WHERE id = 1")
                .query((rs, n) -> new State(rs.getLong("revision"), rs.getString("fingerprint"))).single();
    }

    /** Locks the state row for the rest of the transaction: one writer at a time across the service's replicas. */
    State lockState() {
        return jdbc.sql("SELECT revision, fingerprint FROM calendar_replica_state WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new State(rs.getLong("revision"), rs.getString("fingerprint"))).single();
    }

    /** Replaces the whole copy and bumps the revision; call inside a transaction holding {@link #lockState}. */
    void replace(CalendarContent content, String fingerprint, long revision, Instant now) {
        jdbc.sql("DELETE FROM calendar_replica_year").update();
        jdbc.sql("DELETE FROM calendar_replica_closed_day").update();
        for (YearSchedule year : content.years()) {
            jdbc.sql("INSERT INTO calendar_replica_year (year_number, document, fetched_at) VALUES (:year, :document, :at)")
                    .param("year", year.year()).param("document", OfficialSchedules.write(year))
                    .param("at", Timestamp.from(now)).update();
        }
        for (ClosedDay day : content.closedDays()) {
            jdbc.sql("INSERT INTO calendar_replica_closed_day (region, day_date, reason) VALUES (:region, :date, :reason)")
                    .param("region", day.region()).param("date", day.date()).param("reason", day.reason()).update();
        }
        jdbc.sql("UPDATE calendar_replica_state SET revision = :revision, fingerprint = :fingerprint, changed_at = :at WHERE id = 1")
                .param("revision", revision).param("fingerprint", fingerprint).param("at", Timestamp.from(now)).update();
    }

    CalendarContent load() {
        List<YearSchedule> years = new ArrayList<>();
        jdbc.sql("SELECT document FROM calendar_replica_year ORDER BY year_number").query(String.class).list()
                .forEach(document -> years.add(OfficialSchedules.read(document).toSchedule()));
        List<ClosedDay> closed = jdbc.sql("SELECT region, day_date, reason FROM calendar_replica_closed_day")
                .query((rs, n) -> new ClosedDay(rs.getString("region"), rs.getObject("day_date", LocalDate.class),
                        rs.getString("reason")))
                .list();
        return new CalendarContent(years, closed);
    }
}
