package org.example.gov.hotline.ticket;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.example.gov.hotline.dispatch.DepartmentRef;
import org.example.gov.platform.scope.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Work lists, filtered, scoped and paged in the database. The scope is the same rule as
 * {@link TicketService#reaches}: the ticket's location region (the centre, supervisors), its lead department or one
 * of its assisting departments (departments). {@link Scope#where} binds the same parameters for each column pair, so
 * the three conditions share them.
 */
@Repository
public class TicketQueryRepository {

    private final JdbcClient jdbc;

    public TicketQueryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page<TicketSummary> list(TicketFilter f, Instant now, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (f.callerId() != null) {
            where.add("t.caller_id = :callerId");
            params.put("callerId", f.callerId());
        } else if (f.scope() != null) {
            Scope.SqlCondition located = f.scope().where("t.region", "NULL");
            Scope.SqlCondition lead = f.scope().where("t.lead_region", "t.lead_department");
            Scope.SqlCondition assisting = f.scope().where("a.region", "a.department");
            where.add("(" + located.sql() + " OR " + lead.sql()
                    + " OR EXISTS (SELECT 1 FROM ticket_assist a WHERE a.ticket_id = t.id AND " + assisting.sql() + "))");
            params.putAll(located.params());
        } else {
            where.add("1 = 0"); // nobody asked: never every ticket
        }
        if (f.status() != null) {
            where.add("t.status = :status");
            params.put("status", f.status().name());
        }
        if (f.type() != null) {
            where.add("t.type = :type");
            params.put("type", f.type().name());
        }
        if (f.overdue() != null) {
            String late = "(t.status IN (:running) AND t.due_at < :now)";
            where.add(f.overdue() ? late : "NOT " + late);
            params.put("running", TicketStatus.CLOCK_RUNNING.stream().map(Enum::name).toList());
            params.put("now", Timestamp.from(now));
        }
        if (f.sensitive() != null) {
            where.add("t.flagged_sensitive = :sensitive");
            params.put("sensitive", f.sensitive());
        }
        String clause = " WHERE " + String.join(" AND ", where);
        long total = jdbc.sql("SELECT COUNT(*) FROM ticket t" + clause).params(params).query(Long.class).single();
        Map<String, Object> paging = new HashMap<>(params);
        paging.put("limit", size);
        paging.put("offset", (long) page * size);
        paging.put("clockNow", Timestamp.from(now));
        paging.put("clockRunning", TicketStatus.CLOCK_RUNNING.stream().map(Enum::name).toList());
        List<TicketSummary> content = jdbc.sql("""
                SELECT t.id, t.ticket_number, t.type, t.category_code, t.region, t.urgency, t.channel, t.status,
                       t.lead_region, t.lead_department, t.received_at, t.due_at, t.due_date, t.supervised, t.return_count,
                       t.redo_count, t.flagged_sensitive,
                       (t.status IN (:clockRunning) AND t.due_at < :clockNow) AS overdue
                FROM ticket t""" + clause + (Boolean.TRUE.equals(f.overdue()) ? " ORDER BY t.due_at, t.id"
                : " ORDER BY t.received_at DESC, t.id") + " LIMIT :limit OFFSET :offset")
                .params(paging)
                .query((rs, n) -> new TicketSummary(rs.getString("id"), rs.getString("ticket_number"),
                        rs.getString("type"), rs.getString("category_code"), rs.getString("region"),
                        rs.getString("urgency"), rs.getString("channel"), rs.getString("status"),
                        rs.getString("lead_region") == null ? null
                                : new DepartmentRef(rs.getString("lead_region"), rs.getString("lead_department")),
                        rs.getTimestamp("received_at").toInstant(),
                        rs.getTimestamp("due_at") == null ? null : rs.getTimestamp("due_at").toInstant(),
                        rs.getDate("due_date") == null ? null : rs.getDate("due_date").toLocalDate(),
                        rs.getBoolean("overdue"), rs.getBoolean("supervised"), rs.getInt("return_count"),
                        rs.getInt("redo_count"), rs.getBoolean("flagged_sensitive")))
                .list();
        return new Page<>(content, page, size, total);
    }
}
