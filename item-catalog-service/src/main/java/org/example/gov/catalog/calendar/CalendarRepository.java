package org.example.gov.catalog.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.example.gov.calendar.ClosedDay;
import org.example.gov.calendar.InvalidScheduleException;
import org.example.gov.calendar.YearSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calendar tables of the {@code catalog} schema (see V2__calendar.sql). */
@Repository
public class CalendarRepository {

    private static final Logger log = LoggerFactory.getLogger(CalendarRepository.class);

    private final JdbcClient jdbc;

    public CalendarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the revision row for the rest of the transaction (serializes calendar changes) and returns it. */
    public long lockRevision() {
        return jdbc.sql("SELECT revision FROM calendar_revision WHERE id = 1 FOR UPDATE").query(Long.class).single();
    }

    public void setRevision(long revision) {
        jdbc.sql("UPDATE calendar_revision SET revision = :revision WHERE id = 1").param("revision", revision).update();
    }

    public long revision() {
        return jdbc.sql("SELECT revision FROM calendar_revision WHERE id = 1").query(Long.class).single();
    }

    public boolean yearExists(int year) {
        return jdbc.sql("SELECT COUNT(*) FROM calendar_year WHERE year_number = :year").param("year", year)
                .query(Long.class).single() > 0;
    }

    /** Replaces the year and all its days (the old days go with the old year row: ON DELETE CASCADE). */
    public void replaceYear(LoadedYear loaded) {
        jdbc.sql("DELETE FROM calendar_year WHERE year_number = :year").param("year", loaded.year()).update();
        jdbc.sql("""
                INSERT INTO calendar_year (year_number, source, loaded_by, loaded_at)
                VALUES (:year, :source, :loadedBy, :loadedAt)""")
                .param("year", loaded.year())
                .param("source", loaded.source().name())
                .param("loadedBy", loaded.loadedBy())
                .param("loadedAt", Timestamp.from(loaded.loadedAt()))
                .update();
        for (YearSchedule.Day day : loaded.schedule().days()) {
            jdbc.sql("INSERT INTO calendar_day (day_date, year_number, off_day, name) VALUES (:date, :year, :offDay, :name)")
                    .param("date", day.date())
                    .param("year", loaded.year())
                    .param("offDay", day.offDay())
                    .param("name", day.name())
                    .update();
        }
    }

    /**
     * Every stored year. A year whose stored rows no longer form a valid schedule (edited by hand) is left out
     * and logged: its dates then answer "not loaded" instead of being guessed.
     */
    public List<LoadedYear> findAllYears() {
        record YearRow(int year, String source, String loadedBy, Instant loadedAt) {
        }
        List<YearRow> years = jdbc.sql("SELECT year_number, source, loaded_by, loaded_at FROM calendar_year ORDER BY year_number")
                .query((rs, n) -> new YearRow(rs.getInt("year_number"), rs.getString("source"), rs.getString("loaded_by"),
                        rs.getTimestamp("loaded_at").toInstant()))
                .list();
        Map<Integer, List<YearSchedule.Entry>> days = new LinkedHashMap<>();
        jdbc.sql("SELECT day_date, year_number, off_day, name FROM calendar_day ORDER BY day_date")
                .query((RowCallbackHandler) rs -> {
                    days.computeIfAbsent(rs.getInt("year_number"), y -> new ArrayList<>())
                            .add(new YearSchedule.Entry(rs.getObject("day_date", LocalDate.class), rs.getBoolean("off_day"),
                                    rs.getString("name")));
                });
        List<LoadedYear> result = new ArrayList<>();
        for (YearRow row : years) {
            try {
                result.add(new LoadedYear(YearSchedule.of(row.year(), days.getOrDefault(row.year(), List.of())),
                        ScheduleSource.valueOf(row.source()), row.loadedBy(), row.loadedAt()));
            } catch (InvalidScheduleException | IllegalArgumentException e) {
                log.error("Stored holiday schedule {} is not valid and is ignored (its dates answer CALENDAR_YEAR_NOT_LOADED): {}",
                        row.year(), e.getMessage());
            }
        }
        return result;
    }

    /** Inserts or replaces a region's closed day. */
    public void saveClosedDay(ClosedDay day, String updatedBy, Instant updatedAt) {
        int updated = jdbc.sql("""
                UPDATE calendar_closed_day SET reason = :reason, updated_by = :updatedBy, updated_at = :updatedAt
                WHERE region = :region AND day_date = :date""")
                .params(closedDayParams(day, updatedBy, updatedAt))
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO calendar_closed_day (region, day_date, reason, updated_by, updated_at)
                    VALUES (:region, :date, :reason, :updatedBy, :updatedAt)""")
                    .params(closedDayParams(day, updatedBy, updatedAt))
                    .update();
        }
    }

    public boolean deleteClosedDay(String region, LocalDate date) {
        return jdbc.sql("DELETE FROM calendar_closed_day WHERE region = :region AND day_date = :date")
                .param("region", region)
                .param("date", date)
                .update() > 0;
    }

    /** Every region's closed days, ordered by region and date. */
    public List<ClosedDay> findAllClosedDays() {
        return jdbc.sql("SELECT region, day_date, reason FROM calendar_closed_day ORDER BY region, day_date")
                .query(CalendarRepository::closedDay)
                .list();
    }

    /** One region's closed days in date order (read inside a change's transaction, for its event). */
    public List<ClosedDay> findClosedDays(String region) {
        return jdbc.sql("SELECT region, day_date, reason FROM calendar_closed_day WHERE region = :region ORDER BY day_date")
                .param("region", region)
                .query(CalendarRepository::closedDay)
                .list();
    }

    private static ClosedDay closedDay(ResultSet rs, int row) throws SQLException {
        return new ClosedDay(rs.getString("region"), rs.getObject("day_date", LocalDate.class), rs.getString("reason"));
    }

    private static Map<String, Object> closedDayParams(ClosedDay day, String updatedBy, Instant updatedAt) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("region", day.region());
        params.put("date", day.date());
        params.put("reason", day.reason());
        params.put("updatedBy", updatedBy);
        params.put("updatedAt", Timestamp.from(updatedAt));
        return params;
    }
}
