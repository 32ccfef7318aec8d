package org.example.gov.cases.calendar;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The last calendar years fetched from the catalogue, one JSON row per year (holiday-cn {@code days}). */
@Repository
public class CalendarCopyRepository {

    private final JdbcClient jdbc;

    public CalendarCopyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(int year, String daysJson) {
        jdbc.sql("""
                INSERT INTO calendar_copy (year, days, fetched_at) VALUES (:year, :days, CURRENT_TIMESTAMP(6))
                ON DUPLICATE KEY UPDATE days = VALUES(days), fetched_at = VALUES(fetched_at)""")
                .param("year", year).param("days", daysJson).update();
    }

    public Map<Integer, String> findAll() {
        Map<Integer, String> years = new LinkedHashMap<>();
        jdbc.sql("SELECT year, days FROM calendar_copy ORDER BY year")
                .query(rs -> {
                    years.put(rs.getInt("year"), rs.getString("days"));
                });
        return years;
    }
}
