package org.example.gov.evaluation.onsite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OccurrenceRepository {

    private final JdbcClient jdbc;

    public OccurrenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ServiceOccurrence o) {
        jdbc.sql("""
                INSERT INTO service_occurrence (id, case_id, case_number, applicant_id, item_code, item_name, department,
                    region, hall_code, window_id, staff_id, opened_by, opened_at, expires_at, status)
                VALUES (:id, :caseId, :caseNumber, :applicantId, :itemCode, :itemName, :department, :region, :hallCode,
                    :windowId, :staffId, :openedBy, :openedAt, :expiresAt, :status)""")
                .param("id", o.id())
                .param("caseId", o.caseId())
                .param("caseNumber", o.caseNumber())
                .param("applicantId", o.applicantId())
                .param("itemCode", o.itemCode())
                .param("itemName", o.itemName())
                .param("department", o.department())
                .param("region", o.region())
                .param("hallCode", o.hallCode())
                .param("windowId", o.windowId())
                .param("staffId", o.staffId())
                .param("openedBy", o.openedBy())
                .param("openedAt", Timestamp.from(o.openedAt()))
                .param("expiresAt", Timestamp.from(o.expiresAt()))
                .param("status", o.status().name())
                .update();
    }

    public Optional<ServiceOccurrence> find(String id) {
        return jdbc.sql("SELECT * FROM service_occurrence WHERE id = :id").param("id", id)
                .query(OccurrenceRepository::map).optional();
    }

    public Optional<ServiceOccurrence> findForUpdate(String id) {
        return jdbc.sql("SELECT * FROM service_occurrence WHERE id = :id FOR UPDATE").param("id", id)
                .query(OccurrenceRepository::map).optional();
    }

    /** What the window's device shows: the latest occurrence still awaiting its rating. */
    public Optional<ServiceOccurrence> latestAwaiting(String windowId, Instant now) {
        return jdbc.sql("""
                SELECT * FROM service_occurrence
                WHERE window_id = :windowId AND status = 'AWAITING_RATING' AND expires_at >= :now
                ORDER BY opened_at DESC LIMIT 1""")
                .param("windowId", windowId)
                .param("now", Timestamp.from(now))
                .query(OccurrenceRepository::map).optional();
    }

    public void updateStatus(ServiceOccurrence o) {
        jdbc.sql("UPDATE service_occurrence SET status = :status WHERE id = :id")
                .param("status", o.status().name())
                .param("id", o.id())
                .update();
    }

    /** Conditional UPDATE, like the invitations': each occurrence expires once, whichever replica runs it. */
    public int expireDue(Instant now, int batchSize) {
        return jdbc.sql("""
                UPDATE service_occurrence SET status = 'EXPIRED'
                WHERE status = 'AWAITING_RATING' AND expires_at < :now LIMIT :limit""")
                .param("now", Timestamp.from(now))
                .param("limit", batchSize)
                .update();
    }

    private static ServiceOccurrence map(ResultSet rs, int row) throws SQLException {
        return ServiceOccurrence.restore(rs.getString("id"), rs.getString("case_id"), rs.getString("case_number"),
                rs.getString("applicant_id"), rs.getString("item_code"), rs.getString("item_name"),
                rs.getString("department"), rs.getString("region"), rs.getString("hall_code"), rs.getString("window_id"),
                rs.getString("staff_id"), rs.getString("opened_by"), rs.getTimestamp("opened_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(), ServiceOccurrence.Status.valueOf(rs.getString("status")));
    }
}
