package org.example.gov.trading.scoring;

import java.math.BigDecimal;
import java.time.Instant;

import org.example.gov.trading.expert.ExpertId;

/**
 * One expert's points for one bid on one criterion, as given online at {@code at}. An expert may correct a score until
 * the evaluation is completed: the latest per expert, bid and criterion counts, the earlier ones stay recorded.
 */
public record Score(ExpertId expert, String bidId, String criterion, BigDecimal points, Instant at) {
}
