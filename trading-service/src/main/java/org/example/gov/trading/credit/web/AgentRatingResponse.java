package org.example.gov.trading.credit.web;

import java.math.BigDecimal;

import org.example.gov.trading.credit.AgentRating;

/** An agent's evaluations over the projects the reader reaches: the count and the means (null when none). */
public record AgentRatingResponse(String agent, long evaluations, BigDecimal professionalism, BigDecimal compliance,
        BigDecimal timeliness, BigDecimal service, BigDecimal overall) {

    static AgentRatingResponse of(AgentRating r) {
        return new AgentRatingResponse(r.agent(), r.evaluations(), r.professionalism(), r.compliance(), r.timeliness(),
                r.service(), r.overall());
    }
}
