package org.example.gov.trading.scoring;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.example.gov.trading.expert.ExpertId;
import org.example.gov.trading.tender.LotId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * Lot evaluations ({@code lot_evaluation}, one JSON document per lot under a row version) and the experts' scores
 * ({@code evaluation_score}, append-only), in the caller's transaction.
 */
@Repository
public class LotEvaluationRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public LotEvaluationRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<LotEvaluation> find(LotId lot) {
        return load("SELECT document, row_version FROM lot_evaluation WHERE lot_id = :lot", lot);
    }

    /** Locks the row: every step of one lot's evaluation runs one at a time (a lot has a handful of experts). */
    public Optional<LotEvaluation> findForUpdate(LotId lot) {
        return load("SELECT document, row_version FROM lot_evaluation WHERE lot_id = :lot FOR UPDATE", lot);
    }

    public void save(LotEvaluation e) {
        LotEvaluation.Snapshot s = e.snapshot();
        String document = json.writeValueAsString(s);
        Timestamp completed = s.completedAt() == null ? null : Timestamp.from(s.completedAt());
        if (e.isNew()) {
            jdbc.sql("""
                    INSERT INTO lot_evaluation (lot_id, project_id, document, completed_at, row_version)
                    VALUES (:lot, :project, :document, :completed, 0)""")
                    .param("lot", s.lotId().toString()).param("project", s.projectId().toString())
                    .param("document", document).param("completed", completed).update();
            return;
        }
        int updated = jdbc.sql("""
                UPDATE lot_evaluation SET document = :document, completed_at = :completed, row_version = row_version + 1
                WHERE lot_id = :lot AND row_version = :version""")
                .param("lot", s.lotId().toString()).param("document", document).param("completed", completed)
                .param("version", s.rowVersion()).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("the evaluation of lot " + s.lotId() + " changed concurrently");
        }
    }

    public void insert(LotId lot, Score s) {
        jdbc.sql("""
                INSERT INTO evaluation_score (lot_id, expert_id, bid_id, criterion, points, scored_at)
                VALUES (:lot, :expert, :bid, :criterion, :points, :at)""")
                .param("lot", lot.toString()).param("expert", s.expert().toString()).param("bid", s.bidId())
                .param("criterion", s.criterion()).param("points", s.points()).param("at", Timestamp.from(s.at()))
                .update();
    }

    /** Every score of the lot, in the order given (void ones included: the computation leaves them out). */
    public List<Score> scores(LotId lot) {
        return jdbc.sql("""
                SELECT expert_id, bid_id, criterion, points, scored_at FROM evaluation_score
                WHERE lot_id = :lot ORDER BY scored_at, id""").param("lot", lot.toString())
                .query((rs, n) -> new Score(ExpertId.of(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4), rs.getTimestamp(5).toInstant())).list();
    }

    /** One expert's scores of the lot, in the order given. */
    public List<Score> scores(LotId lot, ExpertId expert) {
        return jdbc.sql("""
                SELECT expert_id, bid_id, criterion, points, scored_at FROM evaluation_score
                WHERE lot_id = :lot AND expert_id = :expert ORDER BY scored_at, id""").param("lot", lot.toString())
                .param("expert", expert.toString())
                .query((rs, n) -> new Score(ExpertId.of(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4), rs.getTimestamp(5).toInstant())).list();
    }

    private Optional<LotEvaluation> load(String sql, LotId lot) {
        return jdbc.sql(sql).param("lot", lot.toString()).query((rs, n) -> {
            LotEvaluation.Snapshot s = json.readValue(rs.getString(1), LotEvaluation.Snapshot.class);
            return LotEvaluation.restore(new LotEvaluation.Snapshot(s.lotId(), s.projectId(), s.method(), s.smeBids(),
                    s.invalidations(), s.explanations(), s.report(), s.completedAt(), rs.getLong(2)));
        }).optional();
    }
}
