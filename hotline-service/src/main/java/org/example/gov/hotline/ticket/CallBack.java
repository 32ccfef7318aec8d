package org.example.gov.hotline.ticket;

import java.time.Instant;

/** One 回访 attempt: the result, what the caller said as noted by the agent, who called and when. */
public record CallBack(Result result, String note, String agentId, Instant at) {

    public enum Result {
        SATISFIED, UNSATISFIED, UNREACHABLE
    }
}
