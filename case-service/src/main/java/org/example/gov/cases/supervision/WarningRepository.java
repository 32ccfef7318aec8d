package org.example.gov.cases.supervision;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.example.gov.platform.scope.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Candidates for each warning kind and the raised warnings. The unique key (case, kind, reference date) is what
 * makes a warning exactly-once: whichever scan (or replica) inserts it first publishes it, every later one is ignored.
 */
@Repository
public class WarningRepository {

    private static final String CANDIDATE_COLUMNS = """
            SELECT c.id, c.case_number, c.region, c.department, c.item_code, c.item_name, c.status, c.pre_review_due,
                   c.pre_review_due_provisional, c.received_on, c.due_date, c.due_date_provisional FROM case_file c""";

    private final JdbcClient jdbc;

    public WarningRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Open cases that may owe a warning of this kind today and have not had it for their current reference date, in
     * (reference date, id) order after {@code after} (keyset paging; null = from the start).
     */
    public List<OpenCase> candidates(WarningKind kind, LocalDate today, LocalDate horizon, OpenCase after, int limit) {
        String reference = switch (kind) {
            case PRE_REVIEW_LATE -> "c.pre_review_due";
            case NOT_ACCEPTED -> "c.received_on";
            default -> "c.due_date";
        };
        String condition = switch (kind) {
            case PRE_REVIEW_LATE -> "c.status = 'PRE_REVIEW' AND c.pre_review_due < :today";
            case NOT_ACCEPTED -> "c.status = 'RECEIVED' AND c.received_on < :today";
            case APPROACHING -> "c.status IN ('ACCEPTED', 'IN_REVIEW') AND NOT c.instant AND c.due_date > :today AND c.due_date <= :horizon";
            case DUE_TODAY -> "c.status IN ('ACCEPTED', 'IN_REVIEW') AND NOT c.instant AND c.due_date = :today";
            case OVERDUE -> "c.status IN ('ACCEPTED', 'IN_REVIEW') AND NOT c.instant AND c.due_date < :today";
        };
        return jdbc.sql(CANDIDATE_COLUMNS + " WHERE " + condition + """
                 AND NOT EXISTS (SELECT 1 FROM case_warning w WHERE w.case_id = c.id AND w.kind = :kind
                                 AND w.reference_date = %1$s)
                 AND (%1$s > :afterRef OR (%1$s = :afterRef AND c.id > :afterId))
                ORDER BY %1$s, c.id LIMIT :limit""".formatted(reference))
                .param("today", Date.valueOf(today))
                .param("horizon", Date.valueOf(horizon))
                .param("kind", kind.name())
                .param("afterRef", Date.valueOf(after == null ? LocalDate.of(1900, 1, 1) : reference(after, kind)))
                .param("afterId", after == null ? "" : after.caseId())
                .param("limit", limit)
                .query(WarningRepository::openCase)
                .list();
    }

    private static LocalDate reference(OpenCase c, WarningKind kind) {
        return switch (kind) {
            case PRE_REVIEW_LATE -> c.preReviewDue();
            case NOT_ACCEPTED -> c.receivedOn();
            default -> c.dueDate();
        };
    }

    /** @return the new warning's id, or null when this warning had already been raised */
    public String insertIfNew(Warning w, Instant raisedAt) {
        String id = UUID.randomUUID().toString();
        int inserted = jdbc.sql("""
                INSERT IGNORE INTO case_warning (id, case_id, case_number, kind, level, reference_date,
                       remaining_working_days, provisional, region, department, item_code, item_name, raised_at)
                VALUES (:id, :caseId, :caseNumber, :kind, :level, :referenceDate, :remaining, :provisional, :region,
                        :department, :itemCode, :itemName, :raisedAt)""")
                .param("id", id)
                .param("caseId", w.subject().caseId())
                .param("caseNumber", w.subject().caseNumber())
                .param("kind", w.kind().name())
                .param("level", w.level())
                .param("referenceDate", Date.valueOf(w.referenceDate()))
                .param("remaining", w.remainingWorkingDays())
                .param("provisional", w.provisional())
                .param("region", w.subject().region())
                .param("department", w.subject().department())
                .param("itemCode", w.subject().itemCode())
                .param("itemName", w.subject().itemName())
                .param("raisedAt", Timestamp.from(raisedAt))
                .update();
        if (inserted == 0) {
            return null;
        }
        // the case's current warning, for staff views filtered by level; not a change of the case itself
        jdbc.sql("UPDATE case_file SET warning_kind = :kind, warning_level = :level WHERE id = :id")
                .param("kind", w.kind().name()).param("level", w.level()).param("id", w.subject().caseId()).update();
        return id;
    }

    public Page search(WarningFilter filter, int page, int size) {
        Scope.SqlCondition scope = filter.scope().where("region", "department");
        StringBuilder where = new StringBuilder(" WHERE " + scope.sql());
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        add(where, params, "kind", filter.kind() == null ? null : filter.kind().name());
        add(where, params, "level", filter.level());
        add(where, params, "region", filter.region());
        add(where, params, "department", filter.department());
        add(where, params, "case_id", filter.caseId());
        if (filter.raisedFrom() != null) {
            where.append(" AND raised_at >= :raisedFrom");
            params.put("raisedFrom", Timestamp.from(filter.raisedFrom()));
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM case_warning" + where).params(params).query(Long.class).single();
        List<RaisedWarning> content = jdbc.sql("SELECT * FROM case_warning" + where
                        + " ORDER BY raised_at DESC, id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query(WarningRepository::raised).list();
        return new Page(content, total);
    }

    private static void add(StringBuilder where, Map<String, Object> params, String column, String value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = :").append(column);
            params.put(column, value);
        }
    }

    private static OpenCase openCase(ResultSet rs, int row) throws SQLException {
        return new OpenCase(rs.getString("id"), rs.getString("case_number"), rs.getString("region"),
                rs.getString("department"), rs.getString("item_code"), rs.getString("item_name"), rs.getString("status"),
                date(rs.getDate("pre_review_due")), rs.getBoolean("pre_review_due_provisional"),
                date(rs.getDate("received_on")), date(rs.getDate("due_date")), rs.getBoolean("due_date_provisional"));
    }

    private static RaisedWarning raised(ResultSet rs, int row) throws SQLException {
        return new RaisedWarning(rs.getString("id"), rs.getString("case_id"), rs.getString("case_number"),
                WarningKind.valueOf(rs.getString("kind")), rs.getString("level"), date(rs.getDate("reference_date")),
                rs.getObject("remaining_working_days", Integer.class), rs.getBoolean("provisional"),
                rs.getString("region"), rs.getString("department"),
                rs.getString("item_code"), rs.getString("item_name"), rs.getTimestamp("raised_at").toInstant());
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    public record Page(List<RaisedWarning> content, long total) {
    }
}
