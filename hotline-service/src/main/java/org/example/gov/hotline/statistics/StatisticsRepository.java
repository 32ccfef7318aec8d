package org.example.gov.hotline.statistics;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.example.gov.hotline.ticket.CallBack;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The monthly figures in one GROUP BY over {@code ticket} (read only): the month's tickets are a range of
 * {@code ix_ticket_statistics}, which holds every column read here, so the database scans that index alone; the
 * generated columns of V8 give the facts that sit in the details JSON.
 */
@Repository
public class StatisticsRepository {

    /** Results that rate the handling: satisfied (and basically satisfied, when recorded) or not; not unreachable. */
    static final List<String> SATISFIED = Arrays.stream(CallBack.Result.values()).map(Enum::name)
            .filter(n -> n.endsWith("SATISFIED") && !n.startsWith("UN")).toList();
    static final List<String> RATED = Arrays.stream(CallBack.Result.values())
            .filter(r -> r != CallBack.Result.UNREACHABLE).map(Enum::name).toList();

    private final JdbcClient jdbc;

    public StatisticsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The counts by type and channel of the tickets received in [from, to): located in {@code regionPrefix}'s region
     * and below, or, with a department, led by it.
     */
    public List<Cell> cells(Instant from, Instant to, String regionPrefix, String departmentRegion, String department,
            Instant now) {
        Map<String, Object> p = new HashMap<>();
        p.put("from", Timestamp.from(from));
        p.put("to", Timestamp.from(to));
        p.put("now", Timestamp.from(now));
        p.put("satisfied", SATISFIED);
        p.put("rated", RATED);
        p.put("unreachable", CallBack.Result.UNREACHABLE.name());
        String filter;
        if (department != null) {
            filter = "lead_region = :leadRegion AND lead_department = :department";
            p.put("leadRegion", departmentRegion);
            p.put("department", department);
        } else {
            filter = "region LIKE :prefix";
            p.put("prefix", regionPrefix + "%");
        }
        return jdbc.sql("""
                SELECT type, channel, COUNT(*) AS total,
                       SUM(direct_answered) AS direct,
                       SUM(due_at IS NOT NULL AND closed_at IS NOT NULL AND closed_at <= due_at) AS on_time,
                       SUM(due_at IS NOT NULL AND (closed_at IS NOT NULL OR due_at < :now)) AS assessed,
                       SUM(return_count > 0) AS returned,
                       SUM(dispatched_at IS NOT NULL OR return_count > 0) AS dispatched,
                       SUM(reply_count > 0 AND call_back_count > 0) AS called_back,
                       SUM(reply_count > 0) AS replied,
                       SUM(last_call_back IN (:satisfied)) AS satisfied,
                       SUM(last_call_back IN (:rated)) AS rated,
                       SUM(last_call_back = :unreachable) AS unreachable,
                       SUM(redo_count) AS redo
                FROM ticket
                WHERE received_at >= :from AND received_at < :to AND\s""" + filter + " GROUP BY type, channel")
                .params(p)
                .query((rs, n) -> new Cell(rs.getString("type"), rs.getString("channel"), rs.getLong("total"),
                        rs.getLong("direct"), rs.getLong("on_time"), rs.getLong("assessed"), rs.getLong("returned"),
                        rs.getLong("dispatched"), rs.getLong("called_back"), rs.getLong("replied"),
                        rs.getLong("satisfied"), rs.getLong("rated"), rs.getLong("unreachable"), rs.getLong("redo")))
                .list();
    }

    /** The counts of one (type, channel). */
    public record Cell(String type, String channel, long total, long direct, long onTime, long assessed, long returned,
            long dispatched, long calledBack, long replied, long satisfied, long rated, long unreachable, long redo) {
    }
}
