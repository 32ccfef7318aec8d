package org.example.gov.trading.credit;

import java.math.BigDecimal;

/**
 * An agent's evaluations summed up over the projects a reader reaches: how many, and the mean of each criterion and of
 * all four (2 decimals; null when there is none).
 */
public record AgentRating(String agent, long evaluations, BigDecimal professionalism, BigDecimal compliance,
        BigDecimal timeliness, BigDecimal service, BigDecimal overall) {
}
