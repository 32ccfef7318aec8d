package org.example.gov.hotline.ticket;

import java.time.Instant;

/**
 * One 回访 attempt: the result, what the caller said as noted by the agent, who called and when. For an unsatisfied
 * caller, {@code handlingReason} says whether the dissatisfaction is with the handling (reopened to the department) or
 * with something the department cannot change (the law, a policy: the call-back ends). {@code id} identifies the
 * attempt for the rating it becomes in evaluation-service (null on attempts recorded before it was kept).
 */
public record CallBack(Result result, String note, String agentId, Instant at, Boolean handlingReason, String id) {

    public CallBack(Result result, String note, String agentId, Instant at) {
        this(result, note, agentId, at, null, null);
    }

    public enum Result {
        SATISFIED(4), BASICALLY_SATISFIED(3), UNSATISFIED(2), UNREACHABLE(0);

        private final int level;

        Result(int level) {
            this.level = level;
        }

        /** The 好差评 level (5 非常满意 … 1 非常不满意) the answer counts as; 0 for no answer. */
        public int level() {
            return level;
        }

        /** The caller answered and rated the handling. */
        public boolean rated() {
            return this != UNREACHABLE;
        }
    }
}
