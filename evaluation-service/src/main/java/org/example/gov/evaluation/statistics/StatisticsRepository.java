package org.example.gov.evaluation.statistics;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The figures, aggregated in the database (GROUP BY over covering indexes, see V3 migration): one query each for the
 * services offered (invitations, window occurrences), the ratings and the rectification tickets. Only the group rows
 * leave the database, never the ratings.
 */
@Repository
public class StatisticsRepository {

    /** A month on the Beijing calendar from a UTC timestamp (instants are stored in UTC). */
    private static final String MONTH = "DATE_FORMAT(DATE_ADD(%s, INTERVAL 8 HOUR), '%%Y-%%m')";

    private final JdbcClient jdbc;

    public StatisticsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Figures per group; {@code region} null = every region. Groups appear as often as the sources have them. */
    public List<Figures> figures(Dimension by, Instant from, Instant to, String region, GoodLevelPolicy policy) {
        List<Figures> rows = new ArrayList<>();
        rows.addAll(services("invitation", invitationColumn(by), by, from, to, region));
        rows.addAll(services("service_occurrence", occurrenceColumn(by), by, from, to, region));
        rows.addAll(ratings(by, from, to, region, policy));
        rows.addAll(tickets(by, from, to, region));
        return rows;
    }

    private List<Figures> services(String table, String column, Dimension by, Instant from, Instant to, String region) {
        if (column == null) {
            return List.of(); // e.g. online invitations have no hall
        }
        String index = "ix_" + (table.equals("invitation") ? "invitation" : "occurrence") + "_stats_"
                + indexSuffix(by, table);
        String sql = """
                SELECT %s AS k, COUNT(*) AS services, SUM(status = 'RATED') AS rated, SUM(status = 'EXPIRED') AS expired
                FROM %s FORCE INDEX (%s)
                WHERE opened_at >= :from AND opened_at < :to AND (:region IS NULL OR region = :region)
                GROUP BY k""".formatted(column, table, index);
        return jdbc.sql(sql).param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("region", region)
                .query((rs, n) -> new Figures(rs.getString("k"), rs.getLong("services"), rs.getLong("rated"),
                        rs.getLong("expired"), 0, 0, 0, 0, 0, 0, 0, 0))
                .list();
    }

    private List<Figures> ratings(Dimension by, Instant from, Instant to, String region, GoodLevelPolicy policy) {
        Set<String> exceptions = policy.exceptions();
        String levelThreeGood = exceptions.isEmpty() ? (policy.levelThreeGood() ? "TRUE" : "FALSE")
                : (policy.levelThreeGood() ? "region NOT IN (:exceptions)" : "region IN (:exceptions)");
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
                SELECT %s AS k, COUNT(*) AS ratings, SUM(excluded_from_bad_rate) AS excluded,
                       SUM(NOT excluded_from_bad_rate AND (level >= 4 OR level = 3 AND %s)) AS good,
                       SUM(NOT excluded_from_bad_rate AND level <= 2) AS bad
                FROM rating FORCE INDEX (%s)
                WHERE rated_at >= :from AND rated_at < :to AND (:region IS NULL OR region = :region)
                GROUP BY k""".formatted(column, levelThreeGood, index);
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to)).param("region", region);
        if (!exceptions.isEmpty()) {
            statement = statement.param("exceptions", List.copyOf(exceptions));
        }
        return statement.query((rs, n) -> new Figures(rs.getString("k"), 0, 0, 0, rs.getLong("ratings"),
                rs.getLong("excluded"), rs.getLong("good"), rs.getLong("bad"), 0, 0, 0, 0)).list();
    }

    /**
     * Tickets by when they opened (= when the bad review came in). Due = answered (feedback pending or closed) or past
     * the deadline; on time = answered and never overdue. Upheld appeals are left out.
     */
    private List<Figures> tickets(Dimension by, Instant from, Instant to, String region) {
        String column = switch (by) {
            case MONTH -> MONTH.formatted("opened_at");
            case DEPARTMENT -> "department";
            case HALL -> "hall_code";
            case ITEM -> "item_code";
            case STAFF -> "staff_id";
            case CHANNEL -> "channel";
        };
        String sql = """
                SELECT %s AS k, COUNT(*) AS tickets,
                       SUM(overdue OR status IN ('FEEDBACK_PENDING', 'CLOSED')) AS due,
                       SUM(NOT overdue AND status IN ('FEEDBACK_PENDING', 'CLOSED')) AS on_time,
                       SUM(call_back_result IS NOT NULL) AS called_back
                FROM rectification_ticket
                WHERE opened_at >= :from AND opened_at < :to AND (:region IS NULL OR region = :region)
                  AND (resolution IS NULL OR resolution <> 'APPEAL_UPHELD')
                GROUP BY k""".formatted(column);
        return jdbc.sql(sql).param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("region", region)
                .query((rs, n) -> new Figures(rs.getString("k"), 0, 0, 0, 0, 0, 0, 0, rs.getLong("tickets"),
                        rs.getLong("due"), rs.getLong("on_time"), rs.getLong("called_back")))
                .list();
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
