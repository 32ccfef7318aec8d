package org.example.gov.cases.query;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.example.gov.cases.casefile.ApplicantDataCipher;
import org.example.gov.platform.personal.PersonName;
import org.example.gov.platform.scope.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read-side queries over cases: staff work lists, published results and statistics. Everything is filtered, paged and
 * aggregated in the database (indexes in V2/V3/V5); nothing loads all cases into memory.
 */
@Repository
public class CaseQueryRepository {

    private final JdbcClient jdbc;
    private final ApplicantDataCipher names;

    public CaseQueryRepository(JdbcClient jdbc, ApplicantDataCipher names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    public Page<CaseSummary> list(CaseFilter f, int page, int size) {
        Where where = new Where().scope(f.scope());
        if (f.scope() == null && f.applicantId() == null && f.partnerId() == null) {
            where.raw("1 = 0", null, null); // nobody asked: never every case
        }
        where.eq("department", f.department()).eq("status", f.status() == null ? null : f.status().name())
                .eq("item_code", f.itemCode()).eq("region", f.region()).eq("warning_level", f.warningLevel())
                .eq("applicant_id", f.applicantId()).eq("partner_id", f.partnerId())
                .eq("applicant_id_number_index", f.idNumberIndex()).eq("applicant_phone_index", f.phoneIndex());
        if (f.dueBefore() != null) {
            where.raw("due_date <= :dueBefore", "dueBefore", Date.valueOf(f.dueBefore()));
        }
        if (f.openOnly()) {
            where.raw("status NOT IN ('CLOSED', 'NOT_ACCEPTED', 'WITHDRAWN')", null, null);
        }
        long total = where.bind(jdbc.sql("SELECT COUNT(*) FROM case_file" + where)).query(Long.class).single();
        List<CaseSummary> content = where.bind(jdbc.sql("""
                SELECT id, case_number, item_code, item_name, department, region, applicant_name, channel, status,
                       submitted_at, due_date, due_date_provisional, warning_level FROM case_file""" + where
                + " ORDER BY " + (f.dueBefore() != null || f.warningLevel() != null ? "due_date, id" : "submitted_at DESC, id")
                + " LIMIT :limit OFFSET :offset"))
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new CaseSummary(rs.getString("id"), rs.getString("case_number"), rs.getString("item_code"),
                        rs.getString("item_name"), rs.getString("department"), rs.getString("region"),
                        // a work list shows who, masked (张*): the full name is the case's own business
                        PersonName.of(names.open(rs.getString("applicant_name"))).masked(), rs.getString("channel"),
                        rs.getString("status"),
                        rs.getTimestamp("submitted_at").toInstant(),
                        rs.getDate("due_date") == null ? null : rs.getDate("due_date").toLocalDate(),
                        rs.getBoolean("due_date_provisional"), rs.getString("warning_level")))
                .list();
        return new Page<>(content, page, size, total);
    }

    /** 结果公示: decisions of items whose results are public; no applicant data. */
    public Page<PublishedResult> results(String region, String itemCode, int page, int size) {
        Where where = new Where().raw("public_result AND decided_on IS NOT NULL", null, null)
                .eq("region", region).eq("item_code", itemCode);
        long total = where.bind(jdbc.sql("SELECT COUNT(*) FROM case_file" + where)).query(Long.class).single();
        List<PublishedResult> content = where.bind(jdbc.sql("""
                SELECT case_number, item_code, item_name, department, region, decision, decided_on,
                       JSON_VALUE(details, '$.decision.reasons') AS reasons
                FROM case_file""" + where + " ORDER BY decided_on DESC, case_number LIMIT :limit OFFSET :offset"))
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new PublishedResult(rs.getString("case_number"), rs.getString("item_code"),
                        rs.getString("item_name"), rs.getString("department"), rs.getString("region"),
                        rs.getString("decision"), rs.getDate("decided_on").toLocalDate(),
                        "REFUSED".equals(rs.getString("decision")) ? rs.getString("reasons") : null))
                .list();
        return new Page<>(content, page, size, total);
    }

    /**
     * 办件统计 per group (region, department or item) over cases submitted in [from, to]: counts per stage, completed
     * (decided), on time (decided on or before the due date), early (before it), overdue (decided late, or open past
     * it on {@code today}), instant (即办件), fully online (online channel, not picked up at a window).
     */
    public List<CaseStatistics> statistics(LocalDate from, LocalDate to, LocalDate today, String groupColumn,
            Scope scope, String region, String department) {
        Where where = new Where().scope(scope).raw("submitted_on BETWEEN :from AND :to", "from", Date.valueOf(from))
                .eq("region", region).eq("department", department);
        where.params.put("to", Date.valueOf(to));
        String sql = """
                SELECT %1$s AS grp, COUNT(*) AS total,
                  SUM(status = 'PRE_REVIEW') AS pre_review, SUM(status = 'RECEIVED') AS received,
                  SUM(status = 'SUPPLEMENT_PENDING') AS supplement, SUM(status = 'ACCEPTED') AS accepted,
                  SUM(status = 'IN_REVIEW') AS in_review, SUM(status = 'SPECIAL_PROCEDURE') AS special_procedure,
                  SUM(status = 'DECIDED') AS decided, SUM(status = 'DELIVERED') AS delivered, SUM(status = 'CLOSED') AS closed,
                  SUM(status = 'NOT_ACCEPTED') AS not_accepted, SUM(status = 'WITHDRAWN') AS withdrawn,
                  SUM(decided_on IS NOT NULL) AS completed,
                  SUM(decided_on IS NOT NULL AND decided_on <= due_date) AS on_time,
                  SUM(decided_on IS NOT NULL AND decided_on < due_date) AS early,
                  SUM((decided_on IS NOT NULL AND decided_on > due_date)
                      OR (decided_on IS NULL AND status IN ('ACCEPTED', 'IN_REVIEW') AND due_date < :today)) AS overdue,
                  SUM(decided_on IS NOT NULL AND instant) AS instant,
                  SUM(decided_on IS NOT NULL AND channel IN ('WEB', 'APP', 'PARTNER')
                      AND (delivery_method IS NULL OR delivery_method <> 'WINDOW_PICKUP')) AS fully_online
                FROM case_file""".formatted(groupColumn) + where + " GROUP BY grp ORDER BY total DESC, grp";
        return where.bind(jdbc.sql(sql)).param("today", Date.valueOf(today))
                .query((rs, n) -> {
                    Map<String, Long> stages = new LinkedHashMap<>();
                    for (String s : List.of("pre_review", "received", "supplement", "accepted", "in_review",
                            "special_procedure", "decided", "delivered", "closed", "not_accepted", "withdrawn")) {
                        stages.put(s.toUpperCase(), rs.getLong(s));
                    }
                    return CaseStatistics.of(rs.getString("grp"), rs.getLong("total"), stages, rs.getLong("completed"),
                            rs.getLong("on_time"), rs.getLong("early"), rs.getLong("overdue"), rs.getLong("instant"),
                            rs.getLong("fully_online"));
                }).list();
    }

    /** A WHERE clause built from optional filters, with its named parameters. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> params = new LinkedHashMap<>();

        Where eq(String column, Object value) {
            if (value != null) {
                conditions.add(column + " = :" + column);
                params.put(column, value);
            }
            return this;
        }

        /** The staff member's scope over the case's region and department (null = none: the caller filters by owner). */
        Where scope(Scope scope) {
            if (scope != null) {
                Scope.SqlCondition condition = scope.where("region", "department");
                conditions.add(condition.sql());
                params.putAll(condition.params());
            }
            return this;
        }

        Where raw(String condition, String param, Object value) {
            conditions.add(condition);
            if (param != null) {
                params.put(param, value);
            }
            return this;
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            return spec.params(params);
        }

        @Override
        public String toString() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }
    }
}
