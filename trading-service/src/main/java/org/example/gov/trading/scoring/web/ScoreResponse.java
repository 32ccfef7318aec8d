package org.example.gov.trading.scoring.web;

import java.math.BigDecimal;
import java.time.Instant;

import org.example.gov.trading.scoring.Score;

/** One of the caller's own scores, with when it was given (the latest per bid and criterion counts). */
public record ScoreResponse(String bidId, String criterion, BigDecimal points, Instant scoredAt) {

    static ScoreResponse of(Score s) {
        return new ScoreResponse(s.bidId(), s.criterion(), s.points(), s.at());
    }
}
