package org.example.gov.hotline.ticket;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.example.gov.hotline.dispatch.DepartmentRef;
import org.example.gov.platform.scope.Scope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Work lists, filtered, scoped and paged in the database. The scope is the same rule as
 * {@link TicketService#reaches}: the ticket's location region (the centre, supervisors), its lead department or one
 * of its assisting departments (departments). {@link Scope#where} binds the same parameters for each column pair, so
 * the three conditions share them.
 * <p>
 * <b>Why a UNION and a capped count.</b> A city's year is a million tickets. One WHERE with the three scope
 * conditions OR-ed together can use no index, so every page and its COUNT read the whole table. Each condition alone
 * has an index that delivers rows already in list order (V6/V9: received_at with region or lead, status + received_at, lead department +
 * received_at; ticket_assist by department), so each branch stops after the window of the page asked for, and the
 * UNION merges at most three windows (more where a branch is read one status at a time: {@link Branch}).
 * <p>
 * The total is counted up to {@value #COUNT_CAP} rows ({@code totalExact} false beyond: counting ten times as far
 * cost ten times as much, measured on a million tickets): a work list shows "1,000+" and is narrowed by its filters;
 * pages deeper than the cap are refused likewise. A branch that alone reaches the cap settles it, so the union (which
 * removes tickets found by two branches in a temporary table) is counted only when every branch is below the cap:
 * a supervisor's big lists cost one capped count of one branch.
 * <p>
 * <b>A count that reached the cap is kept a few seconds</b> ({@code platform.hotline.work-list.capped-count-ttl}, 5 s;
 * per scope and filters). It says only "1,000+", which a list that long keeps saying from one page to the next, and
 * counting a thousand index entries cost the database about as much as reading the page itself. An exact count, under
 * the cap, is counted every time: that is the number a clerk watches go down.
 */
@Repository
public class TicketQueryRepository {

    /** How far a work list is counted and paged. */
    public static final int COUNT_CAP = 1_000;

    private final JdbcClient jdbc;
    /** null: nothing kept (a TTL of 0) */
    private final Cache<TicketFilter, Long> cappedCounts;

    /** On the service's clock, so that tests move a kept count's age as they move everything else's. */
    public TicketQueryRepository(JdbcClient jdbc, Clock clock,
            @Value("${platform.hotline.work-list.capped-count-ttl:5s}") Duration cappedCountTtl) {
        this.jdbc = jdbc;
        this.cappedCounts = cappedCountTtl.isZero() || cappedCountTtl.isNegative() ? null
                : Caffeine.newBuilder().ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                        .expireAfterWrite(cappedCountTtl).maximumSize(10_000).build();
    }

    public Page<TicketSummary> list(TicketFilter f, Instant now, int page, int size) {
        long offset = (long) page * size;
        if (offset + size > COUNT_CAP) {
            throw new InvalidTicketException("PAGE_TOO_DEEP", "page", "A work list pages through its first "
                    + COUNT_CAP + " tickets; narrow it with status, type or overdue", COUNT_CAP);
        }
        Map<String, Object> params = new HashMap<>();
        String filters = filters(f, now, params);
        List<Branch> branches = branches(f, params);
        boolean byDueDate = Boolean.TRUE.equals(f.overdue());
        // the tie-breaker runs the same way as the first key: an index on (received_at) holds (received_at, id), read
        // backwards it gives "received_at DESC, id DESC" without sorting; "id ASC" would sort the whole scope
        String key = byDueDate ? "due_at" : "received_at";
        String direction = byDueDate ? "" : " DESC";
        String order = "%1$s." + key + direction + ", %1$s.id" + direction;

        params.put("cap", COUNT_CAP);
        Long capped = cappedCounts == null ? null : cappedCounts.getIfPresent(f);
        long counted = capped != null ? capped : count(branches, filters, params);
        if (capped == null && counted >= COUNT_CAP && cappedCounts != null) {
            cappedCounts.put(f, counted);
        }

        Map<String, Object> paging = new HashMap<>(params);
        paging.put("window", offset + size);
        paging.put("limit", size);
        paging.put("offset", offset);
        paging.put("clockNow", Timestamp.from(now));
        paging.put("clockRunning", TicketStatus.CLOCK_RUNNING.stream().map(Enum::name).toList());
        List<String> windowed = new ArrayList<>();
        for (Branch b : branches) {
            Set<TicketStatus> oneByOne = byDueDate ? TicketStatus.CLOCK_RUNNING
                    : b.byLead() ? TicketStatus.LED : Set.of();
            windowed.addAll(b.perStatus(oneByOne, f.status(), paging));
        }
        String windows = String.join(" UNION ", windowed.stream().map(b -> "(SELECT t.id, t." + key + " " + b
                + filters + " ORDER BY " + order.formatted("t") + " LIMIT :window)").toList());
        // the page is cut from the windows' (id, key) pairs before any row is read: joining the windows' ids to the
        // table first read and sorted every ticket of every window (140 rows for a supervisor's first page of 20)
        String pageIds = "SELECT w.id FROM (" + windows + ") w ORDER BY " + order.formatted("w")
                + " LIMIT :limit OFFSET :offset";
        List<TicketSummary> content = jdbc.sql("""
                SELECT t.id, t.ticket_number, t.type, t.category_code, t.region, t.urgency, t.channel, t.status,
                       t.lead_region, t.lead_department, t.received_at, t.due_at, t.due_date, t.supervised, t.return_count,
                       t.redo_count, t.flagged_sensitive,
                       (t.status IN (:clockRunning) AND t.due_at < :clockNow) AS overdue
                FROM ticket t JOIN (""" + pageIds + ") u ON u.id = t.id ORDER BY " + order.formatted("t"))
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
        return new Page<>(content, page, size, Math.min(counted, COUNT_CAP), counted < COUNT_CAP);
    }

    /** Up to the cap: the first branch that alone reaches it settles the count; else the union of all, counted. */
    private long count(List<Branch> branches, String filters, Map<String, Object> params) {
        if (branches.size() > 1) {
            for (Branch b : branches) {
                long alone = jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 " + b.from() + filters + " LIMIT :cap) c")
                        .params(params).query(Long.class).single();
                if (alone >= COUNT_CAP) {
                    return alone;
                }
            }
        }
        return jdbc.sql("SELECT COUNT(*) FROM (" + String.join(" UNION ", branches.stream()
                        .map(b -> "(SELECT t.id " + b.from() + filters + " LIMIT :cap)").toList()) + ") u")
                .params(params).query(Long.class).single();
    }

    /**
     * One scope condition: its FROM and WHERE, and whether it finds tickets by their lead department.
     * <p>
     * A list in some order reads its branches in that order from an index and stops after the page's window. Two
     * branches cannot: the overdue list (due order, which ix_ticket_status_due gives per status: "status IN (...)
     * ORDER BY due_at" would sort every overdue ticket of the scope) and the led tickets newest first (the received_at
     * index walks past every newest ticket not dispatched yet: tens of thousands after an intake benchmark). Both are
     * read one status at a time, the led ones only in the stages that have a lead ({@link TicketStatus#LED}), from the
     * V10 indexes that hold the scope columns too.
     */
    private record Branch(String from, boolean byLead) {

        /** This branch once per status of {@code statuses} (only the one asked for, if any); as it is if none given. */
        List<String> perStatus(Set<TicketStatus> statuses, TicketStatus asked, Map<String, Object> params) {
            if (statuses.isEmpty()) {
                return List.of(from);
            }
            List<String> split = new ArrayList<>();
            for (TicketStatus status : statuses) {
                if (asked == null || asked == status) {
                    params.put("status_" + status.name(), status.name());
                    split.add(from + " AND t.status = :status_" + status.name());
                }
            }
            // asked for a status whose clock does not run: no ticket of it is overdue
            return split.isEmpty() ? List.of(from + " AND 1 = 0") : split;
        }
    }

    /** The FROM and scope part of each branch: a caller's own; else located, led, assisted within the scope. */
    private static List<Branch> branches(TicketFilter f, Map<String, Object> params) {
        if (f.callerId() != null) {
            params.put("callerId", f.callerId());
            return List.of(new Branch("FROM ticket t WHERE t.caller_id = :callerId", false));
        }
        if (f.scope() == null) {
            return List.of(new Branch("FROM ticket t WHERE 1 = 0", false)); // nobody asked: never every ticket
        }
        Scope.SqlCondition located = f.scope().where("t.region", "NULL");
        Scope.SqlCondition lead = f.scope().where("t.lead_region", "t.lead_department");
        Scope.SqlCondition assisting = f.scope().where("a.region", "a.department");
        params.putAll(located.params());
        List<Branch> branches = new ArrayList<>();
        branches.add(new Branch("FROM ticket t WHERE " + located.sql(), false));
        if (f.status() == null || TicketStatus.LED.contains(f.status())) { // no led ticket is RECEIVED, say
            branches.add(new Branch("FROM ticket t WHERE " + lead.sql(), true));
        }
        branches.add(new Branch("FROM ticket_assist a JOIN ticket t ON t.id = a.ticket_id WHERE " + assisting.sql(),
                false));
        return branches;
    }

    /** The list's own filters, each " AND ..." on {@code t}. */
    private static String filters(TicketFilter f, Instant now, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (f.status() != null) {
            where.append(" AND t.status = :status");
            params.put("status", f.status().name());
        }
        if (f.type() != null) {
            where.append(" AND t.type = :type");
            params.put("type", f.type().name());
        }
        if (f.overdue() != null) {
            String late = "(t.status IN (:running) AND t.due_at < :now)";
            where.append(" AND ").append(f.overdue() ? late : "NOT " + late);
            params.put("running", TicketStatus.CLOCK_RUNNING.stream().map(Enum::name).toList());
            params.put("now", Timestamp.from(now));
        }
        if (f.sensitive() != null) {
            // sensitive: an equality, so each branch reads the few flagged tickets in list order from
            // ix_ticket_sensitive_received (V12). Not sensitive: "IS FALSE", tested on the rows each branch finds in its
            // own index; as an equality the optimizer took the sensitive index for it too and walked it through almost
            // every ticket to find a department's closed ones (115 ms a page against 7 ms, by hand, on the million)
            where.append(f.sensitive() ? " AND t.flagged_sensitive = TRUE" : " AND t.flagged_sensitive IS FALSE");
        }
        return where.toString();
    }
}
