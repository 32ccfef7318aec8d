package org.example.gov.cases.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases and their history in the {@code cases} schema; updates check the row version (optimistic lock). */
@Repository
public class CaseRepository {

    private final JdbcClient jdbc;

    public CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Case c) {
        PinnedItem item = c.item();
        jdbc.sql("""
                INSERT INTO case_file (id, case_number, query_code, item_id, item_code, item_name, item_version,
                                       department, region, item_kind, promised_days, applicant_id, applicant_name,
                                       channel, status, submitted_at, row_version)
                VALUES (:id, :caseNumber, :queryCode, :itemId, :itemCode, :itemName, :itemVersion, :department, :region,
                        :itemKind, :promisedDays, :applicantId, :applicantName, :channel, :status, :submittedAt, 0)""")
                .param("id", c.id().toString())
                .param("caseNumber", c.caseNumber())
                .param("queryCode", c.queryCode())
                .param("itemId", item.itemId())
                .param("itemCode", item.code())
                .param("itemName", item.name())
                .param("itemVersion", item.version())
                .param("department", item.department())
                .param("region", item.region())
                .param("itemKind", item.kind())
                .param("promisedDays", item.promisedDays())
                .param("applicantId", c.applicantId())
                .param("applicantName", c.applicantName())
                .param("channel", c.channel())
                .param("status", c.status().name())
                .param("submittedAt", ts(c.submittedAt()))
                .update();
        appendHistory(c);
    }

    public void update(Case c) {
        int updated = jdbc.sql("""
                UPDATE case_file SET status = :status, accepted_at = :acceptedAt, closed_at = :closedAt,
                                     row_version = row_version + 1
                WHERE id = :id AND row_version = :rowVersion""")
                .param("status", c.status().name())
                .param("acceptedAt", ts(c.acceptedAt()))
                .param("closedAt", ts(c.closedAt()))
                .param("id", c.id().toString())
                .param("rowVersion", c.rowVersion())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("case " + c.id() + " was changed concurrently");
        }
        appendHistory(c);
    }

    public Optional<Case> find(CaseId id) {
        return jdbc.sql("SELECT * FROM case_file WHERE id = :id").param("id", id.toString())
                .query(CaseRepository::map).optional();
    }

    public List<HistoryEntry> history(CaseId id) {
        return jdbc.sql("SELECT * FROM case_history WHERE case_id = :id ORDER BY seq").param("id", id.toString())
                .query((rs, n) -> new HistoryEntry(CaseAction.valueOf(rs.getString("action")), rs.getString("actor_id"),
                        rs.getString("actor_name"), rs.getString("actor_role"), rs.getTimestamp("at").toInstant(),
                        rs.getString("note")))
                .list();
    }

    private void appendHistory(Case c) {
        for (HistoryEntry entry : c.newHistory()) {
            jdbc.sql("""
                    INSERT INTO case_history (case_id, action, actor_id, actor_name, actor_role, at, note)
                    VALUES (:caseId, :action, :actorId, :actorName, :actorRole, :at, :note)""")
                    .param("caseId", c.id().toString())
                    .param("action", entry.action().name())
                    .param("actorId", entry.actorId())
                    .param("actorName", entry.actorName())
                    .param("actorRole", entry.actorRole())
                    .param("at", ts(entry.at()))
                    .param("note", entry.note())
                    .update();
        }
    }

    private static Case map(ResultSet rs, int row) throws SQLException {
        PinnedItem item = new PinnedItem(rs.getString("item_id"), rs.getString("item_code"), rs.getString("item_name"),
                rs.getInt("item_version"), rs.getString("department"), rs.getString("region"), rs.getString("item_kind"),
                rs.getObject("promised_days", Integer.class));
        return Case.restore(CaseId.of(rs.getString("id")), rs.getString("case_number"), rs.getString("query_code"), item,
                rs.getString("applicant_id"), rs.getString("applicant_name"), rs.getString("channel"),
                CaseStatus.valueOf(rs.getString("status")), instant(rs.getTimestamp("submitted_at")),
                instant(rs.getTimestamp("accepted_at")), instant(rs.getTimestamp("closed_at")), rs.getLong("row_version"));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
