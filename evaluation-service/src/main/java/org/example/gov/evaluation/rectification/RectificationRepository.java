package org.example.gov.evaluation.rectification;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.example.gov.platform.scope.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class RectificationRepository {

    private final JdbcClient jdbc;

    public RectificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(RectificationTicket t) {
        jdbc.sql("""
                INSERT INTO rectification_ticket (id, rating_id, case_id, case_number, level, rater_id, department,
                    item_code, opened_at, rectification_working_days, due_date, due_date_provisional, status,
                    status_before_appeal, resolution, call_back_result, answer, reopen_count, appeal_count, overdue,
                    closed_at, region, hall_code, staff_id, channel)
                VALUES (:id, :ratingId, :caseId, :caseNumber, :level, :raterId, :department, :itemCode, :openedAt,
                    :workingDays, :dueDate, :dueDateProvisional, :status, :statusBeforeAppeal, :resolution,
                    :callBackResult, :answer, :reopenCount, :appealCount, :overdue, :closedAt, :region, :hallCode,
                    :staffId, :channel)""")
                .param("id", t.id())
                .param("ratingId", t.ratingId())
                .param("caseId", t.caseId())
                .param("caseNumber", t.caseNumber())
                .param("level", t.level())
                .param("raterId", t.raterId())
                .param("department", t.department())
                .param("itemCode", t.itemCode())
                .param("openedAt", Timestamp.from(t.openedAt()))
                .param("workingDays", t.workingDays())
                .param("dueDate", t.dueDate() == null ? null : Date.valueOf(t.dueDate()))
                .param("dueDateProvisional", t.dueDateProvisional())
                .param("status", t.status().name())
                .param("statusBeforeAppeal", name(t.statusBeforeAppeal()))
                .param("resolution", name(t.resolution()))
                .param("callBackResult", name(t.callBackResult()))
                .param("answer", name(t.answer()))
                .param("reopenCount", t.reopenCount())
                .param("appealCount", t.appealCount())
                .param("overdue", t.overdue())
                .param("closedAt", t.closedAt() == null ? null : Timestamp.from(t.closedAt()))
                .param("region", t.origin().region())
                .param("hallCode", t.origin().hallCode())
                .param("staffId", t.origin().staffId())
                .param("channel", t.origin().channel())
                .update();
        insertNewSteps(t, 0);
    }

    public void update(RectificationTicket t) {
        jdbc.sql("""
                UPDATE rectification_ticket SET status = :status, status_before_appeal = :statusBeforeAppeal,
                    resolution = :resolution, call_back_result = :callBackResult, answer = :answer,
                    reopen_count = :reopenCount, appeal_count = :appealCount, overdue = :overdue, closed_at = :closedAt,
                    due_date = :dueDate, due_date_provisional = :dueDateProvisional
                WHERE id = :id""")
                .param("id", t.id())
                .param("dueDate", t.dueDate() == null ? null : Date.valueOf(t.dueDate()))
                .param("dueDateProvisional", t.dueDateProvisional())
                .param("status", t.status().name())
                .param("statusBeforeAppeal", name(t.statusBeforeAppeal()))
                .param("resolution", name(t.resolution()))
                .param("callBackResult", name(t.callBackResult()))
                .param("answer", name(t.answer()))
                .param("reopenCount", t.reopenCount())
                .param("appealCount", t.appealCount())
                .param("overdue", t.overdue())
                .param("closedAt", t.closedAt() == null ? null : Timestamp.from(t.closedAt()))
                .update();
        int stored = jdbc.sql("SELECT COUNT(*) FROM rectification_step WHERE ticket_id = :id").param("id", t.id())
                .query(Integer.class).single();
        insertNewSteps(t, stored);
    }

    /** Keeps the rating in history but out of the bad-review rate (an upheld appeal). */
    public void excludeRatingFromBadRate(String ratingId) {
        jdbc.sql("UPDATE rating SET excluded_from_bad_rate = TRUE WHERE id = :id").param("id", ratingId).update();
    }

    public Optional<RectificationTicket> find(String id) {
        return load("SELECT * FROM rectification_ticket WHERE id = :id", id);
    }

    public Optional<RectificationTicket> findForUpdate(String id) {
        return load("SELECT * FROM rectification_ticket WHERE id = :id FOR UPDATE", id);
    }

    /**
     * Tickets still awaiting the department's answer whose exact due date lies before {@code today}, not yet flagged
     * (a provisional date is judged once recounted, see {@link RectificationTicket#markOverdueIfLate}).
     */
    public List<String> overdueCandidates(LocalDate today, int limit) {
        return jdbc.sql("""
                SELECT id FROM rectification_ticket
                WHERE overdue = FALSE AND status IN ('OPEN', 'IN_RECTIFICATION') AND due_date < :today
                  AND due_date_provisional = FALSE
                ORDER BY due_date LIMIT :limit""")
                .param("today", Date.valueOf(today))
                .param("limit", limit)
                .query(String.class)
                .list();
    }

    /**
     * Tickets whose due date is provisional or missing, in id order after {@code afterId} (null = from the start): a
     * pass pages through them with the last id it saw, so the tickets that stay provisional do not stall it.
     */
    public List<String> withProvisionalDueDate(String afterId, int limit) {
        return jdbc.sql("""
                SELECT id FROM rectification_ticket
                WHERE due_date_provisional = TRUE AND id > :afterId
                ORDER BY id LIMIT :limit""")
                .param("afterId", afterId == null ? "" : afterId)
                .param("limit", limit)
                .query(String.class)
                .list();
    }

    /** One page of the tickets within {@code scope} (the caller's {@code Scope.where} over region and department). */
    public TicketSearchResult search(Scope.SqlCondition scope, RectificationTicket.Status status, String caseId, int page,
            int size) {
        String where = """
                WHERE %s
                  AND (:status IS NULL OR status = :status)
                  AND (:caseId IS NULL OR case_id = :caseId)""".formatted(scope.sql());
        long total = jdbc.sql("SELECT COUNT(*) FROM rectification_ticket " + where)
                .params(scope.params())
                .param("status", name(status))
                .param("caseId", caseId)
                .query(Long.class).single();
        List<RectificationTicket> items = jdbc.sql("SELECT * FROM rectification_ticket " + where
                        + " ORDER BY opened_at DESC, id LIMIT :limit OFFSET :offset")
                .params(scope.params())
                .param("status", name(status))
                .param("caseId", caseId)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, row) -> map(rs, List.of()))
                .list();
        return new TicketSearchResult(items, total);
    }

    /**
     * What the bad rating said (the rating is the ticket's source, read here and never written but for the appeal
     * flag above); no rater column is read.
     */
    public Optional<Complaint> complaintOf(String ratingId) {
        return jdbc.sql("SELECT level, tags, comment, hall_code, window_id, rated_at FROM rating WHERE id = :id")
                .param("id", ratingId)
                .query((rs, row) -> new Complaint(rs.getInt("level"), tags(rs.getString("tags")), rs.getString("comment"),
                        rs.getString("hall_code"), rs.getString("window_id"), rs.getTimestamp("rated_at").toInstant()))
                .optional();
    }

    private static List<String> tags(String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.split(","));
    }

    private Optional<RectificationTicket> load(String sql, String id) {
        return jdbc.sql(sql).param("id", id).query((rs, row) -> map(rs, steps(id))).optional();
    }

    private List<RectificationTicket.Step> steps(String ticketId) {
        return jdbc.sql("SELECT * FROM rectification_step WHERE ticket_id = :id ORDER BY seq")
                .param("id", ticketId)
                .query((rs, row) -> new RectificationTicket.Step(rs.getString("action"), rs.getString("actor_id"),
                        rs.getString("role"), rs.getTimestamp("at").toInstant(), rs.getString("note")))
                .list();
    }

    private void insertNewSteps(RectificationTicket t, int from) {
        List<RectificationTicket.Step> history = t.history();
        for (int seq = from; seq < history.size(); seq++) {
            RectificationTicket.Step s = history.get(seq);
            jdbc.sql("""
                    INSERT INTO rectification_step (ticket_id, seq, action, actor_id, role, at, note)
                    VALUES (:ticketId, :seq, :action, :actorId, :role, :at, :note)""")
                    .param("ticketId", t.id())
                    .param("seq", seq)
                    .param("action", s.action())
                    .param("actorId", s.actorId())
                    .param("role", s.role())
                    .param("at", Timestamp.from(s.at()))
                    .param("note", s.note() == null ? null : s.note().length() > 2000 ? s.note().substring(0, 2000) : s.note())
                    .update();
        }
    }

    private static RectificationTicket map(ResultSet rs, List<RectificationTicket.Step> history) throws SQLException {
        Timestamp closedAt = rs.getTimestamp("closed_at");
        Date dueDate = rs.getDate("due_date");
        return RectificationTicket.restore(rs.getString("id"), rs.getString("rating_id"), rs.getString("case_id"),
                rs.getString("case_number"), rs.getInt("level"), rs.getString("rater_id"), rs.getString("department"),
                rs.getString("item_code"), rs.getTimestamp("opened_at").toInstant(),
                new RectificationTicket.Origin(rs.getString("region"), rs.getString("hall_code"), rs.getString("staff_id"),
                        rs.getString("channel")),
                rs.getInt("rectification_working_days"), dueDate == null ? null : dueDate.toLocalDate(),
                rs.getBoolean("due_date_provisional"), RectificationTicket.Status.valueOf(rs.getString("status")),
                value(RectificationTicket.Status.class, rs.getString("status_before_appeal")),
                value(RectificationTicket.Resolution.class, rs.getString("resolution")),
                value(RectificationTicket.CallBackResult.class, rs.getString("call_back_result")),
                value(RectificationTicket.Answer.class, rs.getString("answer")), rs.getInt("reopen_count"),
                rs.getInt("appeal_count"), rs.getBoolean("overdue"), closedAt == null ? null : closedAt.toInstant(),
                history);
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

}
