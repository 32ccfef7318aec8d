package org.example.gov.trading.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.trading.tender.LotStatus;

/**
 * The tenderee's evaluation of its agent (招标代理机构 / 采购代理机构) once the project has a result: each criterion
 * {@value #MIN}–{@value #MAX} (5 best) and a comment. One per project, by the project's tenderee only (the service
 * checks who; the table's key refuses a second). The agents' credit evaluation the 招标投标法实施条例 第13条 and 政府采购
 * 代理机构管理暂行办法 第18条 ask the tenderee / purchaser to give after each project.
 *
 * @param region the project's region: staff and supervisors read the ratings of the projects in their reach
 */
public record AgentEvaluation(String projectId, String agent, String tenderee, String region, Scores scores,
        String comment, Instant evaluatedAt) {

    static final int MIN = 1;
    static final int MAX = 5;
    static final int COMMENT_MAX = 1000;
    /** A lot in one of these has its result: the agent's work on the project is done and can be judged. */
    static final Set<LotStatus> CONCLUDED = EnumSet.of(LotStatus.AWARDED, LotStatus.CONTRACTED, LotStatus.COMPLETE);

    /** 专业能力, 依法合规, 工作效率, 服务质量. */
    public record Scores(int professionalism, int compliance, int timeliness, int service) {

        /** The mean of the four, 2 decimals HALF_UP. */
        public BigDecimal overall() {
            return BigDecimal.valueOf(professionalism + compliance + timeliness + service)
                    .divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP);
        }
    }

    /**
     * The tenderee rates the agent of its project: 422 PROJECT_HAS_NO_AGENT, AGENT_SCORE_OUT_OF_RANGE,
     * AGENT_COMMENT_TOO_LONG; 409 until a lot of the project is awarded.
     */
    public static AgentEvaluation rate(String projectId, String agent, String tenderee, String region,
            Collection<LotStatus> lots, Scores scores, String comment, Instant now) {
        if (agent == null || agent.isBlank()) {
            throw new BusinessRuleViolationException("PROJECT_HAS_NO_AGENT", "projectId",
                    "Project {0} was tendered without an agent: there is no agent to evaluate", projectId);
        }
        if (lots.stream().noneMatch(CONCLUDED::contains)) {
            throw new IllegalTransitionException(lots.stream().map(Enum::name).sorted().distinct()
                    .reduce((a, b) -> a + "," + b).orElse("NO_LOTS"), "agent-evaluation", List.of());
        }
        if (scores == null) {
            throw new BusinessRuleViolationException("AGENT_SCORE_OUT_OF_RANGE", "professionalism",
                    "Each criterion takes {0} to {1}", MIN, MAX);
        }
        check("professionalism", scores.professionalism());
        check("compliance", scores.compliance());
        check("timeliness", scores.timeliness());
        check("service", scores.service());
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > COMMENT_MAX) {
            throw new BusinessRuleViolationException("AGENT_COMMENT_TOO_LONG", "comment",
                    "A comment takes at most {0} characters", COMMENT_MAX);
        }
        return new AgentEvaluation(projectId, agent, tenderee, region, scores, text, now);
    }

    private static void check(String criterion, int points) {
        if (points < MIN || points > MAX) {
            throw new BusinessRuleViolationException("AGENT_SCORE_OUT_OF_RANGE", criterion,
                    "Each criterion takes {0} to {1}", MIN, MAX);
        }
    }

    public CreditEvent evaluated() {
        return new CreditEvent.AgentEvaluated(projectId, agent, scores.overall().doubleValue(), evaluatedAt);
    }
}
