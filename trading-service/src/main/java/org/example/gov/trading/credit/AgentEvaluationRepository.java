package org.example.gov.trading.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.util.Optional;

import org.example.gov.platform.scope.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code agent_evaluation}: one row per project, inserted once (a second insert is a duplicate key). */
@Repository
public class AgentEvaluationRepository {

    private final JdbcClient jdbc;

    public AgentEvaluationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(AgentEvaluation e) {
        jdbc.sql("""
                INSERT INTO agent_evaluation (project_id, agent, tenderee, region, professionalism, compliance,
                    timeliness, service, comment_text, evaluated_at)
                VALUES (:project, :agent, :tenderee, :region, :p, :c, :t, :s, :comment, :at)""")
                .param("project", e.projectId()).param("agent", e.agent()).param("tenderee", e.tenderee())
                .param("region", e.region()).param("p", e.scores().professionalism())
                .param("c", e.scores().compliance()).param("t", e.scores().timeliness())
                .param("s", e.scores().service()).param("comment", e.comment())
                .param("at", Timestamp.from(e.evaluatedAt())).update();
    }

    public Optional<AgentEvaluation> find(String projectId) {
        return jdbc.sql("""
                SELECT project_id, agent, tenderee, region, professionalism, compliance, timeliness, service,
                    comment_text, evaluated_at FROM agent_evaluation WHERE project_id = :project""")
                .param("project", projectId)
                .query((rs, n) -> new AgentEvaluation(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), new AgentEvaluation.Scores(rs.getInt(5), rs.getInt(6), rs.getInt(7),
                                rs.getInt(8)), rs.getString(9), rs.getTimestamp(10).toInstant()))
                .optional();
    }

    /** The agent's evaluations of the projects within {@code scope}, or all of them when {@code scope} is null. */
    public AgentRating rating(String agent, Scope scope) {
        Scope.SqlCondition where = scope == null ? new Scope.SqlCondition("1 = 1", java.util.Map.of())
                : scope.where("region", "region");
        var spec = jdbc.sql("""
                SELECT COUNT(*), AVG(professionalism), AVG(compliance), AVG(timeliness), AVG(service),
                    AVG((professionalism + compliance + timeliness + service) / 4)
                FROM agent_evaluation WHERE agent = :agent AND\s""" + where.sql()).param("agent", agent);
        for (var p : where.params().entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.query((rs, n) -> new AgentRating(agent, rs.getLong(1), mean(rs.getBigDecimal(2)),
                mean(rs.getBigDecimal(3)), mean(rs.getBigDecimal(4)), mean(rs.getBigDecimal(5)),
                mean(rs.getBigDecimal(6)))).single();
    }

    private static BigDecimal mean(BigDecimal avg) {
        return avg == null ? null : avg.setScale(2, RoundingMode.HALF_UP);
    }
}
