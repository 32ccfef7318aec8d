package org.example.gov.evaluation.statistics;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The daily rollup's tables (V4 migration): the change marks the triggers write ({@code stats_change}), the rolled
 * days and their lock rows ({@code stats_rolled_day}) and the rolled-up counts ({@code stats_day}).
 */
@Repository
public class DailyRollupRepository {

    /** Mark ids per DELETE: one statement per 2,000 marks, short enough for any packet size. */
    static final int MARK_CHUNK = 2000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public DailyRollupRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The days before {@code today} that have changed since they were last rolled up (or never were), oldest first. */
    public List<LocalDate> changedDaysBefore(LocalDate today) {
        return jdbc.sql("SELECT DISTINCT day FROM stats_change WHERE day < :today ORDER BY day")
                .param("today", today)
                .query((rs, n) -> rs.getObject("day", LocalDate.class)).list();
    }

    /**
     * Makes sure the day's lock row exists. Checked first with a plain read: an INSERT IGNORE on an existing row
     * would wait for a replica that is rolling the day up (it takes a shared lock on the duplicate).
     */
    public void register(LocalDate day) {
        boolean known = jdbc.sql("SELECT COUNT(*) FROM stats_rolled_day WHERE day = :day").param("day", day)
                .query(Long.class).single() > 0;
        if (!known) {
            jdbc.sql("INSERT IGNORE INTO stats_rolled_day (day) VALUES (:day)").param("day", day).update();
        }
    }

    /**
     * Locks the day for this transaction; false if another transaction (another replica) holds it. A locking read,
     * so it does not start the transaction's snapshot: the snapshot starts with the next plain read, after the lock.
     */
    public boolean lock(LocalDate day) {
        return !jdbc.sql("SELECT day FROM stats_rolled_day WHERE day = :day FOR UPDATE SKIP LOCKED")
                .param("day", day).query((rs, n) -> n).list().isEmpty();
    }

    /** The ids of the day's change marks (a plain read: in a transaction it fixes the snapshot). */
    public List<Long> marks(LocalDate day) {
        return jdbc.sql("SELECT id FROM stats_change WHERE day = :day").param("day", day).query(Long.class).list();
    }

    /** Deletes exactly these marks: a writer that has not committed yet may hold a lower id than these. */
    public void deleteMarks(List<Long> ids) {
        for (int from = 0; from < ids.size(); from += MARK_CHUNK) {
            jdbc.sql("DELETE FROM stats_change WHERE id IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + MARK_CHUNK))).update();
        }
    }

    /** Replaces the day's rows with these groups per dimension and records when the day was rolled up. */
    public void replace(LocalDate day, Map<Dimension, ? extends Collection<GroupCounts>> groups, Instant rolledAt) {
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<Dimension, ? extends Collection<GroupCounts>> dimension : groups.entrySet()) {
            // one DELETE per dimension: a range of the primary key, so only the day's own rows are locked
            jdbc.sql("DELETE FROM stats_day WHERE dimension = :dimension AND day = :day")
                    .param("dimension", dimension.getKey().name()).param("day", day).update();
            int seq = 0;
            for (GroupCounts g : dimension.getValue()) {
                rows.add(new Object[] {dimension.getKey().name(), day, g.region(), seq++, g.key(), g.services(),
                        g.rated(), g.expired(), g.ratings(), g.excluded(), g.level1(), g.level2(), g.level3(),
                        g.level4(), g.level5(), g.tickets(), g.due(), g.onTime(), g.calledBack()});
            }
        }
        if (!rows.isEmpty()) {
            batch.batchUpdate("""
                    INSERT INTO stats_day (dimension, day, region, seq, k, services, rated, expired, ratings, excluded,
                        level1, level2, level3, level4, level5, tickets, due, on_time, called_back)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        }
        jdbc.sql("UPDATE stats_rolled_day SET rolled_at = :at WHERE day = :day")
                .param("at", Timestamp.from(rolledAt)).param("day", day).update();
    }

    /** The days of [from, to] whose rollup is exact: rolled up, and not changed since (no mark). */
    public Set<LocalDate> cleanDays(LocalDate from, LocalDate to) {
        return new HashSet<>(jdbc.sql("""
                SELECT r.day FROM stats_rolled_day r
                WHERE r.day BETWEEN :from AND :to AND r.rolled_at IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM stats_change c WHERE c.day = r.day)""")
                .param("from", from).param("to", to)
                .query((rs, n) -> rs.getObject("day", LocalDate.class)).list());
    }

    /**
     * The rolled-up counts of these days per region and key; MONTH from the DEPARTMENT rows (every source row has a
     * department, so they hold every service, rating and ticket exactly once).
     */
    public List<GroupCounts> counts(Dimension by, Collection<LocalDate> days, Coverage coverage) {
        if (days.isEmpty()) {
            return List.of();
        }
        // not "k": in GROUP BY a column of that name would win over the alias
        String key = by == Dimension.MONTH ? "DATE_FORMAT(day, '%Y-%m')" : "k";
        String sql = """
                SELECT region, %s AS group_key, SUM(services) AS services, SUM(rated) AS rated,
                       SUM(expired) AS expired, SUM(ratings) AS ratings, SUM(excluded) AS excluded,
                       SUM(level1) AS level1, SUM(level2) AS level2, SUM(level3) AS level3, SUM(level4) AS level4,
                       SUM(level5) AS level5, SUM(tickets) AS tickets, SUM(due) AS due, SUM(on_time) AS on_time,
                       SUM(called_back) AS called_back
                FROM stats_day
                WHERE dimension = :dimension AND day IN (:days) AND %s
                GROUP BY region, group_key""".formatted(key, coverage.sql());
        return jdbc.sql(sql)
                .param("dimension", (by == Dimension.MONTH ? Dimension.DEPARTMENT : by).name())
                .param("days", List.copyOf(days)).params(coverage.params())
                .query((rs, n) -> new GroupCounts(rs.getString("region"), rs.getString("group_key"),
                        rs.getLong("services"), rs.getLong("rated"), rs.getLong("expired"), rs.getLong("ratings"),
                        rs.getLong("excluded"), rs.getLong("level1"), rs.getLong("level2"), rs.getLong("level3"),
                        rs.getLong("level4"), rs.getLong("level5"), rs.getLong("tickets"), rs.getLong("due"),
                        rs.getLong("on_time"), rs.getLong("called_back")))
                .list();
    }
}
