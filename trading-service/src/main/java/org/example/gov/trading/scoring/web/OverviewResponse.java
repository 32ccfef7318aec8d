package org.example.gov.trading.scoring.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.example.gov.trading.scoring.EvaluationService;
import org.example.gov.trading.scoring.Explanation;
import org.example.gov.trading.scoring.Invalidation;
import org.example.gov.trading.scoring.Scoring;

/**
 * Where a lot's evaluation stands: the method, the opened bids with the committee's findings so far, the mean price and
 * the abnormally-low line, how many experts sit and what is still missing by seat (never naming an expert).
 *
 * @param abnormallyLowBelow a price below this (the threshold percent of the mean, 2 decimals) is abnormally low
 */
public record OverviewResponse(String lotStatus, boolean completed, MethodResponse method, BigDecimal meanPrice,
        BigDecimal abnormallyLowBelow, List<Bid> bids, int seats, int missingCount, List<String> missing) {

    static final int MISSING_SHOWN = 200;

    /** @param explanationAccepted null when no explanation is recorded */
    public record Bid(String bidId, String bidder, BigDecimal price, boolean sme, BigDecimal evaluatedPrice,
            String invalidReason, boolean abnormallyLow, Boolean explanationAccepted) {
    }

    static OverviewResponse of(EvaluationService.Overview o) {
        Scoring.Screening s = o.screening();
        BigDecimal line = s.mean() == null ? null : s.mean().multiply(o.method().abnormallyLowPercent())
                .movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        List<Bid> bids = o.bids().stream().map(b -> {
            Invalidation inv = o.invalidations().get(b.bidId());
            Explanation ex = o.explanations().get(b.bidId());
            return new Bid(b.bidId(), b.bidder(), b.price(), b.sme(), Scoring.evaluatedPrice(b, o.method()),
                    inv == null ? null : inv.reason(), s.abnormallyLow().contains(b.bidId()),
                    ex == null ? null : ex.accepted());
        }).toList();
        return new OverviewResponse(o.status().name(), o.completed(), MethodResponse.of(o.method()),
                s.mean() == null ? null : s.mean().setScale(2, RoundingMode.HALF_UP), line, bids, o.seats(),
                o.missing().size(), o.missing().subList(0, Math.min(MISSING_SHOWN, o.missing().size())));
    }
}
