package org.example.gov.evaluation.rating;

import java.sql.Timestamp;

import org.example.gov.platform.problem.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class RatingRepository {

    private final JdbcClient jdbc;

    public RatingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether a rating was already given through this invitation, occurrence or call-back. */
    public boolean existsByInvitation(String invitationId) {
        return jdbc.sql("SELECT COUNT(*) FROM rating WHERE invitation_id = :id").param("id", invitationId)
                .query(Long.class).single() > 0;
    }

    public void insert(Rating r) {
        try {
            jdbc.sql("""
                    INSERT INTO rating (id, invitation_id, source, case_id, case_number, stage, level, tags, comment,
                                        channel, rater_id, department, item_code, item_name, region, hall_code,
                                        window_id, staff_id, rated_at, external_id)
                    VALUES (:id, :invitationId, :source, :caseId, :caseNumber, :stage, :level, :tags, :comment,
                            :channel, :raterId, :department, :itemCode, :itemName, :region, :hallCode,
                            :windowId, :staffId, :ratedAt, :externalId)""")
                    .param("id", r.id())
                    .param("invitationId", r.invitationId())
                    .param("source", r.source().name())
                    .param("caseId", r.caseId())
                    .param("caseNumber", r.caseNumber())
                    .param("stage", r.stage().name())
                    .param("level", r.level())
                    .param("tags", String.join(",", r.tags()))
                    .param("comment", r.comment())
                    .param("channel", r.channel().name())
                    .param("raterId", r.raterId())
                    .param("department", r.objects().department())
                    .param("itemCode", r.objects().itemCode())
                    .param("itemName", r.objects().itemName())
                    .param("region", r.objects().region())
                    .param("hallCode", r.objects().hallCode())
                    .param("windowId", r.objects().windowId())
                    .param("staffId", r.objects().staffId())
                    .param("ratedAt", Timestamp.from(r.ratedAt()))
                    .param("externalId", r.externalId())
                    .update();
        } catch (DuplicateKeyException e) {
            // the unique key on the invitation/occurrence backs the domain check against concurrent double submits
            throw new ConflictException("ALREADY_RATED", "This case has already been rated at this stage", r.caseNumber(),
                    r.stage().name());
        }
    }
}
