package org.example.gov.evaluation.statistics;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The counts, aggregated in the database from the base tables (GROUP BY over covering indexes, see V3 migration):
 * one query each for the services offered (invitations, window occurrences), the ratings and the rectification
 * tickets, grouped by region and key over a window. The live part of a report and the daily roll-up
 * ({@link StatisticsRollup}) both use these queries, so a rolled-up day holds exactly what the live path would count.
 * Only the group rows leave the database, never the ratings.
 */
@Repository
public class StatisticsRepository {

    /** A month on the Beijing calendar from a UTC timestamp (instants are stored in UTC). */
    private static final String MONTH = "DATE_FORMAT(DATE_ADD(%s, INTERVAL 8 HOUR), '%%Y-%%m')";

    private final JdbcClient jdbc;

    public StatisticsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts per region and key of what happened in [{@code from}, {@code to}) within {@code coverage}. A group
     * appears once per source that has it.
     */
    public List<GroupCounts> counts(Dimension by, Instant from, Instant to, Coverage coverage) {
        List<GroupCounts> rows = new ArrayList<>();
        rows.addAll(services("invitation", invitationColumn(by), by, from, to, coverage));
        rows.addAll(services("service_occurrence", occurrenceColumn(by), by, from, to, coverage));
        rows.addAll(ratings(by, from, to, coverage));
        rows.addAll(tickets(by, from, to, coverage));
        return rows;
    }

    private List<GroupCounts> services(String table, String column, Dimension by, Instant from, Instant to,
            Coverage coverage) {
        if (column == null) {
            return List.of(); // e.g. online invitations have no hall
        }
        String index = "ix_" + (table.equals("invitation") ? "invitation" : "occurrence") + "_stats_"
                + indexSuffix(by, table);
        String sql = """
                SELECT region, %s AS k, COUNT(*) AS services, SUM(status = 'RATED') AS rated,
                       SUM(status = 'EXPIRED') AS expired
                FROM %s FORCE INDEX (%s)
                WHERE opened_at >= :from AND opened_at < :to AND %s
                GROUP BY region, k""".formatted(column, table, index, coverage.sql());
        return window(sql, from, to, coverage)
                .query((rs, n) -> GroupCounts.services(rs.getString("region"), rs.getString("k"),
                        rs.getLong("services"), rs.getLong("rated"), rs.getLong("expired")))
                .list();
    }

    /** Ratings per level without the upheld appeals: which levels are good is decided later, per region. */
    private List<GroupCounts> ratings(Dimension by, Instant from, Instant to, Coverage coverage) {
        String column = switch (by) {
            case MONTH -> MONTH.formatted("rated_at");
            case DEPARTMENT -> "department";
            case HALL -> "hall_code";
            case ITEM -> "item_code";
            case STAFF -> "staff_id";
            case CHANNEL -> "channel";
        };
        String index = "ix_rating_stats_" + switch (by) {
            case MONTH, DEPARTMENT -> "department";
            case HALL -> "hall";
            case ITEM -> "item";
            case STAFF -> "staff";
            case CHANNEL -> "channel";
        };
        String sql = """
                SELECT region, %s AS k, COUNT(*) AS ratings, SUM(excluded_from_bad_rate) AS excluded,
                       SUM(NOT excluded_from_bad_rate AND level <= 1) AS level1,
                       SUM(NOT excluded_from_bad_rate AND level = 2) AS level2,
                       SUM(NOT excluded_from_bad_rate AND level = 3) AS level3,
                       SUM(NOT excluded_from_bad_rate AND level = 4) AS level4,
                       SUM(NOT excluded_from_bad_rate AND level >= 5) AS level5
                FROM rating FORCE INDEX (%s)
                WHERE rated_at >= :from AND rated_at < :to AND %s
                GROUP BY region, k""".formatted(column, index, coverage.sql());
        return window(sql, from, to, coverage)
                .query((rs, n) -> GroupCounts.ratings(rs.getString("region"), rs.getString("k"), rs.getLong("ratings"),
                        rs.getLong("excluded"), rs.getLong("level1"), rs.getLong("level2"), rs.getLong("level3"),
                        rs.getLong("level4"), rs.getLong("level5")))
                .list();
    }

    /**
     * Tickets by when they opened (= when the bad review came in). Due = answered (feedback pending or closed) or past
     * the deadline; on time = answered and never overdue. Upheld appeals are left out.
     */
    private List<GroupCounts> tickets(Dimension by, Instant from, Instant to, Coverage coverage) {
        String column = switch (by) {
            case MONTH -> MONTH.formatted("opened_at");
            case DEPARTMENT -> "department";
            case HALL -> "hall_code";
            case ITEM -> "item_code";
            case STAFF -> "staff_id";
            case CHANNEL -> "channel";
        };
        String sql = """
                SELECT region, %s AS k, COUNT(*) AS tickets,
                       SUM(overdue OR status IN ('FEEDBACK_PENDING', 'CLOSED')) AS due,
                       SUM(NOT overdue AND status IN ('FEEDBACK_PENDING', 'CLOSED')) AS on_time,
                       SUM(call_back_result IS NOT NULL) AS called_back
                FROM rectification_ticket
                WHERE opened_at >= :from AND opened_at < :to AND %s
                  AND (resolution IS NULL OR resolution <> 'APPEAL_UPHELD')
                GROUP BY region, k""".formatted(column, coverage.sql());
        return window(sql, from, to, coverage)
                .query((rs, n) -> GroupCounts.tickets(rs.getString("region"), rs.getString("k"), rs.getLong("tickets"),
                        rs.getLong("due"), rs.getLong("on_time"), rs.getLong("called_back")))
                .list();
    }

    private JdbcClient.StatementSpec window(String sql, Instant from, Instant to, Coverage coverage) {
        return jdbc.sql(sql).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .params(coverage.params());
    }

    private static String invitationColumn(Dimension by) {
        return switch (by) {
            case MONTH -> MONTH.formatted("opened_at");
            case DEPARTMENT -> "department";
            case HALL -> null;
            case ITEM -> "item_code";
            case STAFF -> "staff_id";
            case CHANNEL -> "channel";
        };
    }

    private static String occurrenceColumn(Dimension by) {
        return switch (by) {
            case MONTH -> MONTH.formatted("opened_at");
            case DEPARTMENT -> "department";
            case HALL -> "hall_code";
            case ITEM -> "item_code";
            case STAFF -> "staff_id";
            case CHANNEL -> "'WINDOW_DEVICE'";
        };
    }

    private static String indexSuffix(Dimension by, String table) {
        return switch (by) {
            case MONTH, DEPARTMENT -> "department";
            case HALL -> "hall";
            case ITEM -> "item";
            case STAFF -> "staff";
            case CHANNEL -> table.equals("invitation") ? "channel" : "department";
        };
    }
}
