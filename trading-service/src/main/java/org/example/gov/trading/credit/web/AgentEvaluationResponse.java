package org.example.gov.trading.credit.web;

import java.math.BigDecimal;
import java.time.Instant;

import org.example.gov.trading.credit.AgentEvaluation;

/** One project's evaluation of its agent. */
public record AgentEvaluationResponse(String projectId, String agent, int professionalism, int compliance,
        int timeliness, int service, BigDecimal overall, String comment, Instant evaluatedAt) {

    static AgentEvaluationResponse of(AgentEvaluation e) {
        var s = e.scores();
        return new AgentEvaluationResponse(e.projectId(), e.agent(), s.professionalism(), s.compliance(),
                s.timeliness(), s.service(), s.overall(), e.comment(), e.evaluatedAt());
    }
}
