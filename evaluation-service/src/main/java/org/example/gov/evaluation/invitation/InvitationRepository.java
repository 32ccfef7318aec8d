package org.example.gov.evaluation.invitation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.example.gov.evaluation.channel.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class InvitationRepository {

    private final JdbcClient jdbc;

    public InvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the invitation unless the case already has one for this stage: the unique key (case, stage) is
     * the second guard after the consumer's event-id check, e.g. for the same fact published twice.
     *
     * @return true if stored
     */
    public boolean insertIfAbsent(Invitation i) {
        return jdbc.sql("""
                INSERT IGNORE INTO invitation (id, case_id, case_number, stage, applicant_id, item_code, item_name,
                                               department, region, opened_at, expires_at, status, staff_id, channel)
                VALUES (:id, :caseId, :caseNumber, :stage, :applicantId, :itemCode, :itemName, :department, :region,
                        :openedAt, :expiresAt, :status, :staffId, :channel)""")
                .param("id", i.id())
                .param("caseId", i.caseId())
                .param("caseNumber", i.caseNumber())
                .param("stage", i.stage().name())
                .param("applicantId", i.applicantId())
                .param("itemCode", i.itemCode())
                .param("itemName", i.itemName())
                .param("department", i.department())
                .param("region", i.region())
                .param("openedAt", Timestamp.from(i.openedAt()))
                .param("expiresAt", Timestamp.from(i.expiresAt()))
                .param("status", i.status().name())
                .param("staffId", i.staffId())
                .param("channel", i.channel().name())
                .update() == 1;
    }

    public Optional<Invitation> findForUpdate(String caseId, Stage stage) {
        return jdbc.sql("SELECT * FROM invitation WHERE case_id = :caseId AND stage = :stage FOR UPDATE")
                .param("caseId", caseId)
                .param("stage", stage.name())
                .query(InvitationRepository::map)
                .optional();
    }

    /** The invitations of a case (one per stage; at most receipt and completion), the earliest first. */
    public List<Invitation> findByCase(String caseId) {
        return jdbc.sql("SELECT * FROM invitation WHERE case_id = :caseId ORDER BY opened_at, stage")
                .param("caseId", caseId)
                .query(InvitationRepository::map)
                .list();
    }

    public void updateStatus(Invitation i) {
        jdbc.sql("UPDATE invitation SET status = :status WHERE id = :id")
                .param("status", i.status().name())
                .param("id", i.id())
                .update();
    }

    public List<Invitation> findByApplicant(String applicantId, String caseId, int limit) {
        return jdbc.sql("""
                SELECT * FROM invitation WHERE applicant_id = :applicantId
                  AND (:caseId IS NULL OR case_id = :caseId)
                ORDER BY opened_at DESC LIMIT :limit""")
                .param("applicantId", applicantId)
                .param("caseId", caseId)
                .param("limit", limit)
                .query(InvitationRepository::map)
                .list();
    }

    /**
     * Expires unused invitations past their validity as "unrated" (see {@link Invitation#expireIfUnused}) in one
     * conditional UPDATE per batch: on several replicas or after a restart each invitation still changes once.
     *
     * @return how many expired now
     */
    public int expireDue(Instant now, int batchSize) {
        return jdbc.sql("UPDATE invitation SET status = 'EXPIRED' WHERE status = 'OPEN' AND expires_at < :now LIMIT :limit")
                .param("now", Timestamp.from(now))
                .param("limit", batchSize)
                .update();
    }

    private static Invitation map(ResultSet rs, int row) throws SQLException {
        return Invitation.restore(rs.getString("id"), rs.getString("case_id"), rs.getString("case_number"),
                Stage.valueOf(rs.getString("stage")), rs.getString("applicant_id"), rs.getString("item_code"),
                rs.getString("item_name"), rs.getString("department"), rs.getString("region"),
                rs.getTimestamp("opened_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                rs.getString("staff_id"), Channel.valueOf(rs.getString("channel")),
                Invitation.Status.valueOf(rs.getString("status")));
    }
}
