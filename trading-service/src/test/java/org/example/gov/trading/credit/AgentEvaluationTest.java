package org.example.gov.trading.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.trading.tender.LotStatus;
import org.junit.jupiter.api.Test;

/** The rules of the agent's evaluation: only once a lot has its result, of a project with an agent, 1-5 each. */
class AgentEvaluationTest {

    static final Instant NOW = Instant.parse("2026-05-10T02:00:00Z");
    static final AgentEvaluation.Scores GOOD = new AgentEvaluation.Scores(5, 4, 4, 4);

    @Test
    void anAwardedProjectsAgentIsRatedWithTheMeanOfTheFourCriteria() {
        AgentEvaluation e = AgentEvaluation.rate("p1", "tenderagent1", "tenderee1", "440304",
                List.of(LotStatus.FAILED, LotStatus.AWARDED), GOOD, "  按时组织开标  ", NOW);
        assertThat(e.scores().overall()).isEqualByComparingTo("4.25");
        assertThat(e.comment()).isEqualTo("按时组织开标");
        assertThat(((CreditEvent.AgentEvaluated) e.evaluated()).overall()).isEqualTo(4.25);
    }

    @Test
    void beforeAnyLotIsAwardedTheEvaluationIsAnIllegalTransition() {
        assertThatThrownBy(() -> AgentEvaluation.rate("p1", "tenderagent1", "tenderee1", "440304",
                List.of(LotStatus.CANDIDATE_PUBLICITY, LotStatus.FAILED), GOOD, null, NOW))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aProjectWithoutAgentOrAScoreOutsideOneToFiveIsRefused() {
        assertThatThrownBy(() -> AgentEvaluation.rate("p1", null, "tenderee1", "440304", List.of(LotStatus.AWARDED),
                GOOD, null, NOW)).isInstanceOf(BusinessRuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "PROJECT_HAS_NO_AGENT");
        assertThatThrownBy(() -> AgentEvaluation.rate("p1", "a", "tenderee1", "440304", List.of(LotStatus.AWARDED),
                new AgentEvaluation.Scores(5, 6, 4, 4), null, NOW)).isInstanceOf(BusinessRuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "AGENT_SCORE_OUT_OF_RANGE");
        assertThatThrownBy(() -> AgentEvaluation.rate("p1", "a", "tenderee1", "440304", List.of(LotStatus.COMPLETE),
                new AgentEvaluation.Scores(0, 4, 4, 4), null, NOW)).isInstanceOf(BusinessRuleViolationException.class);
    }
}
