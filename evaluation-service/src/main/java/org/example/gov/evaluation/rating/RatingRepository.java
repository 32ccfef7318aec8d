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

    public void insert(Rating r) {
        try {
            jdbc.sql("""
                    INSERT INTO rating (id, invitation_id, case_id, case_number, stage, level, tags, comment, channel,
                                        rater_id, department, item_code, rated_at)
                    VALUES (:id, :invitationId, :caseId, :caseNumber, :stage, :level, :tags, :comment, :channel,
                            :raterId, :department, :itemCode, :ratedAt)""")
                    .param("id", r.id())
                    .param("invitationId", r.invitationId())
                    .param("caseId", r.caseId())
                    .param("caseNumber", r.caseNumber())
                    .param("stage", r.stage().name())
                    .param("level", r.level())
                    .param("tags", String.join(",", r.tags()))
                    .param("comment", r.comment())
                    .param("channel", r.channel())
                    .param("raterId", r.raterId())
                    .param("department", r.department())
                    .param("itemCode", r.itemCode())
                    .param("ratedAt", Timestamp.from(r.ratedAt()))
                    .update();
        } catch (DuplicateKeyException e) {
            // the unique key (case, stage) backs the invitation check against concurrent double submits
            throw new ConflictException("ALREADY_RATED", "This case has already been rated at this stage", r.caseNumber(),
                    r.stage().name());
        }
    }
}
